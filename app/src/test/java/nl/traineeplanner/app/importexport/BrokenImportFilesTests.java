package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every file in {@code imports/broken/} fed to the import of the demo's cohort: each is refused with the message for
 * its fault, at the file or at the row and cell, and nothing changes (no trainee, account, assignment or import event
 * more). A file of a million rows, as CSV and as .xlsx, is made in a temporary folder by the test (kept in the
 * repository it would take megabytes) and refused at the row limit, without reading the rest.
 */
@WebAppTest
@Transactional
class BrokenImportFilesTests {

    @Autowired
    private DataImports imports;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private AuditTrail audit;

    private long cohort;
    private List<Long> before;

    @BeforeEach
    void countWhatIsThere() {
        cohort = cohorts.findByName("Lichting 2027").orElseThrow().getId();
        before = counts();
    }

    private List<Long> counts() {
        return List.of(trainees.count(), accounts.count(), assignments.count(), audit.count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty.csv, TRAINEES, 0, , dataImport.file.empty",
        "header-only.csv, TRAINEES, 0, , dataImport.file.headerOnly",
        "header-only.xlsx, TRAINEES, 0, , dataImport.file.headerOnly",
        "empty-sheet.xlsx, TRAINEES, 0, , dataImport.file.noHeader",
        "pdf-renamed.xlsx, TRAINEES, 0, , dataImport.file.type",
        "word-document-renamed.xlsx, TRAINEES, 0, , dataImport.file.notWorkbook",
        "plain-zip-renamed.xlsx, TRAINEES, 0, , dataImport.file.type",
        "excel-97-renamed.xlsx, TRAINEES, 0, , dataImport.file.oldExcel",
        "zip-bomb.xlsx, TRAINEES, 0, , dataImport.file.zipBomb",
        "unclosed-quote.csv, TRAINEES, 0, , dataImport.file.csvBroken",
        "missing-column.csv, TRAINEES, 0, , dataImport.column.missing",
        "unknown-column.csv, TRAINEES, 1, D1, dataImport.column.unknown",
        "formula.xlsx, TRAINEES, 4, C4, dataImport.cell.formula",
        "trainees-with-errors.csv, TRAINEES, 3, A3, dataImport.value.required",
        "trainees-with-errors.csv, TRAINEES, 4, B4, dataImport.value.emailTwice",
        "trainees-with-errors.csv, TRAINEES, 4, C4, dataImport.value.municipality",
        "trainees-with-errors.csv, TRAINEES, 5, B5, accounts.refused.emailTaken",
        "trainees-with-errors.csv, TRAINEES, 5, D5, dataImport.value.number",
        "trainees-with-errors.csv, TRAINEES, 6, B6, accounts.refused.email",
        "hosts-with-errors.csv, HOSTS, 3, B3, dataImport.value.emailTwice",
        "hosts-with-errors.csv, HOSTS, 4, C4, dataImport.value.organisation",
        "assignments-with-errors.csv, ASSIGNMENTS, 3, B3, dataImport.value.organisation",
        "assignments-with-errors.csv, ASSIGNMENTS, 4, F4, dataImport.value.round",
        "assignments-with-errors.csv, ASSIGNMENTS, 5, G5, dataImport.value.number",
        "assignments-with-errors.csv, ASSIGNMENTS, 6, G6, dataImport.value.number",
        "assignments-with-errors.csv, ASSIGNMENTS, 7, A7, dataImport.value.required",
        "assignments-with-errors.csv, ASSIGNMENTS, 8, D8, dataImport.value.domain"
    })
    void aBrokenFileIsRefusedWithItsMessageAndNothingChanges(
            String file, DataKind kind, int row, String cell, String messageKey) throws IOException {
        byte[] content = new ClassPathResource("imports/broken/" + file).getContentAsByteArray();

        DataImports.Preview preview = imports.preview(cohort, kind, file, content);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).as(preview.problems().toString()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo(messageKey);
            assertThat(p.row()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo(cell);
        });

        assertThatThrownBy(() -> AsUser.run(
                        "coordinator",
                        "COORDINATOR",
                        () -> imports.importFile(cohort, kind, file, content, "coordinator", null)))
                .isInstanceOf(DataImports.Refused.class);
        assertThat(counts()).as("trainees, accounts, assignments, audit events").isEqualTo(before);
    }

    @Test
    void aFormulaIsRefusedByItsCellAndTheOtherRowsAreShown() throws IOException {
        byte[] content = new ClassPathResource("imports/broken/formula.xlsx").getContentAsByteArray();

        DataImports.Preview preview = imports.preview(cohort, DataKind.TRAINEES, "formula.xlsx", content);

        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(0).values()).startsWith("Eva Bakker", "eva.bakker@example.org", "Groningen");
        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("C4"));
    }

    @Test
    void anUnknownPolicyDomainIsRefusedWithTheDomainsThePlannerKnows() throws IOException {
        byte[] content = new ClassPathResource("imports/broken/assignments-with-errors.csv").getContentAsByteArray();

        DataImports.Preview preview =
                imports.preview(cohort, DataKind.ASSIGNMENTS, "assignments-with-errors.csv", content);

        assertThat(preview.problems())
                .filteredOn(p -> p.messageKey().equals("dataImport.value.domain"))
                .singleElement()
                .satisfies(p -> assertThat(p.arguments())
                        .hasSize(2)
                        .startsWith("ruimtevaart")
                        .last()
                        .asString()
                        .contains("Data", ", "));
    }

    @Test
    void aCsvFileOfAMillionRowsIsRefusedAtTheLimit(@TempDir Path folder) throws IOException {
        // made here: a million rows of CSV are about 40 MB, too large to keep in the repository
        Path file = folder.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Naam;E-mail;Woonplaats\n");
            for (int i = 1; i <= 1_000_000; i++) {
                out.write("Trainee " + i + ";trainee" + i + "@example.org;Groningen\n");
            }
        }

        DataImports.Preview preview =
                imports.preview(cohort, DataKind.TRAINEES, "million.csv", Files.readAllBytes(file));

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("dataImport.file.tooManyRows");
            assertThat(p.arguments()).containsExactly(TableFile.ROW_LIMIT);
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExcelFileOfAMillionRowsIsReadAsAStreamAndRefusedAtTheLimit(@TempDir Path folder) throws IOException {
        // made here: a sheet of a million rows packs to several megabytes; unpacked it is about 120 MB, which the
        // streaming read never holds: it stops after the row limit
        Path file = folder.resolve("million.xlsx");
        try (OutputStream raw = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (String[] part : MinimalWorkbook.PARTS) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            BufferedWriter sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            sheet.write(MinimalWorkbook.SHEET_START);
            sheet.write(MinimalWorkbook.row(1, "Naam", "E-mail", "Woonplaats"));
            for (int i = 2; i <= 1_000_001; i++) {
                sheet.write(MinimalWorkbook.row(
                        i, "Trainee " + i, "t" + Integer.toHexString(i * 7919) + "@example.org", "Groningen"));
            }
            sheet.write(MinimalWorkbook.SHEET_END);
            sheet.flush();
            zip.closeEntry();
        }
        long started = System.nanoTime();

        DataImports.Preview preview =
                imports.preview(cohort, DataKind.TRAINEES, "million.xlsx", Files.readAllBytes(file));

        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("dataImport.file.tooManyRows"));
        assertThat(System.nanoTime() - started).as("stops reading early").isLessThan(60_000_000_000L);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithMoreSharedTextThanTheLimitIsRefused() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"Naam", "E-mail", "Woonplaats"}, {"Eva Bakker", "eva.bakker@example.org", "Groningen"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        assertThat(TableFile.read(out.toByteArray()).rows())
                .singleElement()
                .satisfies(row ->
                        assertThat(row.cells()).containsExactly("Eva Bakker", "eva.bakker@example.org", "Groningen"));
        assertThat(TableFile.read(out.toByteArray(), 100).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("dataImport.file.tooMuchText"));
    }

    /** The parts of the smallest workbook Excel and POI open, for workbooks made by tests. */
    static final class MinimalWorkbook {

        static final String[][] PARTS = {
            {
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"
            },
            {
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            },
            {
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            },
            {
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            }
        };

        static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

        static final String SHEET_END = "</sheetData></worksheet>";

        static String row(int number, String... values) {
            StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
            for (int c = 0; c < values.length; c++) {
                row.append("<c r=\"")
                        .append(TableFile.columnLetters(c))
                        .append(number)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(values[c])
                        .append("</t></is></c>");
            }
            return row.append("</row>").toString();
        }
    }
}
