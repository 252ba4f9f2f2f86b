package nl.traineeplanner.app.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment catalogue of a cohort as an Excel workbook (.xlsx), for the coordinator: one sheet per round with
 * the approved assignments offered in it, each with its organisation, municipality, policy domain, programme,
 * capacity and supervisor. Headers are in the user's language, the header row is bold and stays in view. Texts are
 * written as {@link PlanWorkbooks} writes them: a text that Excel would run as a formula is marked as text.
 */
@Service
public class CatalogueWorkbooks {

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final AssignmentRepository assignments;
    private final MessageSource texts;

    CatalogueWorkbooks(
            CohortRepository cohorts, RoundRepository rounds, AssignmentRepository assignments, MessageSource texts) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.assignments = assignments;
        this.texts = texts;
    }

    /** A workbook to download: its bytes, the name to save it under and how many rows (assignment per round). */
    public record CatalogueFile(byte[] content, String fileName, int rows) {}

    /** The columns of each sheet. */
    enum Column {
        TITLE,
        ORGANISATION,
        MUNICIPALITY,
        DOMAIN,
        PROGRAMME,
        CAPACITY,
        SUPERVISOR,
        SUPERVISOR_EMAIL
    }

    /** The catalogue of the cohort, or empty when there is no such cohort. */
    @Transactional(readOnly = true)
    public Optional<CatalogueFile> ofCohort(long cohortId, Locale locale) {
        Optional<Cohort> cohort = cohorts.findById(cohortId);
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        int count = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PlanWorkbooks.Styles styles = new PlanWorkbooks.Styles(workbook, "d-m-yyyy");
            Set<String> taken = new HashSet<>();
            List<Round> ofCohort = rounds.findByCohortIdOrderBySequenceNumber(cohortId);
            for (Round round : ofCohort) {
                List<Assignment> offered =
                        assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId()).stream()
                                .sorted(Comparator.comparing(
                                                (Assignment a) ->
                                                        a.getOrganisation().getName(),
                                                String.CASE_INSENSITIVE_ORDER)
                                        .thenComparing(Assignment::getTitle, String.CASE_INSENSITIVE_ORDER))
                                .toList();
                sheet(workbook, styles, PlanWorkbooks.sheetName(round.getName(), taken), offered, locale);
                count += offered.size();
            }
            if (ofCohort.isEmpty()) {
                sheet(workbook, styles, PlanWorkbooks.sheetName(cohort.get().getName(), taken), List.of(), locale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return Optional.of(
                    new CatalogueFile(out.toByteArray(), PlanWorkbooks.fileName("catalogus", cohort.get()), count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(
            XSSFWorkbook workbook, PlanWorkbooks.Styles styles, String name, List<Assignment> rows, Locale locale) {
        Sheet sheet = workbook.createSheet(name);
        Column[] columns = Column.values();
        int[] widths = new int[columns.length];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            String title = texts.getMessage("catalogue.xlsx.column." + columns[c].name(), null, locale);
            Cell cell = header.createCell(c);
            cell.setCellValue(title);
            cell.setCellStyle(styles.header);
            widths[c] = title.length();
        }
        int r = 1;
        for (Assignment a : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = row.createCell(c);
                widths[c] = Math.max(widths[c], write(cell, columns[c], a, styles, locale));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < columns.length; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c] + 2, 60) * 256);
        }
    }

    private static int write(Cell cell, Column column, Assignment a, PlanWorkbooks.Styles styles, Locale locale) {
        return switch (column) {
            case TITLE -> PlanWorkbooks.text(cell, a.getTitle(), styles);
            case ORGANISATION -> PlanWorkbooks.text(cell, a.getOrganisation().getName(), styles);
            case MUNICIPALITY -> PlanWorkbooks.text(cell, a.getMunicipality().getName(), styles);
            case DOMAIN -> PlanWorkbooks.text(cell, a.getDomain().name(locale), styles);
            case PROGRAMME -> PlanWorkbooks.text(cell, a.getProgramme().name(locale), styles);
            case CAPACITY -> {
                cell.setCellValue(a.getCapacity());
                yield 4;
            }
            case SUPERVISOR -> PlanWorkbooks.text(cell, a.getSupervisor().name(), styles);
            case SUPERVISOR_EMAIL -> PlanWorkbooks.text(cell, a.getSupervisor().email(), styles);
        };
    }
}
