package nl.traineeplanner.app.importexport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator downloads the published plan of the demo's earlier cohort ("Lichting 2026") as an Excel file, from
 * the page and from the API; POI reads it back: a sheet per round, per organisation and per trainee, with the
 * trainee, the supervisor, the period as real dates and the rank the trainee gave the assignment. A supervisor whose
 * name looks like a formula comes back as text. Hosts and trainees are refused, and every download is audited.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-earlier;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class PlanWorkbookTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private EntityManager entities;

    @Autowired
    private RoundRepository rounds;

    private Cohort cohort() {
        return cohorts.findByName("Lichting 2026").orElseThrow();
    }

    private List<Placement> published() {
        return placements.findByRoundCohortIdAndStatus(cohort().getId(), PlacementStatus.PUBLISHED);
    }

    private XSSFWorkbook download(String path, String lang) throws Exception {
        byte[] bytes = mvc.perform(get(path).param("lang", lang).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("plan-lichting-2026.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The data row of a sheet whose cell under this header holds this text. */
    private static Row rowWith(Sheet sheet, String header, String value) {
        int column = column(sheet, header);
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + header + " " + value + " in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static Cell cell(Row row, String header) {
        return row.getCell(column(row.getSheet(), header));
    }

    private static LocalDate date(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("formatted as a date").isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** A name as Excel allows it: at most 31 characters, none of []:*?/\\. */
    private static String sheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name, '-');
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void theCoordinatorGetsASheetPerRoundOrganisationAndTraineeWithDatesSupervisorsAndRanks() throws Exception {
        List<Placement> published = published();
        assertThat(published).isNotEmpty();
        Placement lotte = published.stream()
                .filter(p -> p.getTrainee().getName().equals("Lotte Hendriks"))
                .findFirst()
                .orElseThrow();

        try (XSSFWorkbook workbook = download("/cohorts/" + cohort().getId() + "/plan.xlsx", "nl")) {
            List<String> names = sheetNames(workbook);
            Set<String> expected = new java.util.HashSet<>();
            published.forEach(p -> {
                expected.add(sheetName(p.getRound().getName()));
                expected.add(sheetName(p.getAssignment().getOrganisation().getName()));
                expected.add(sheetName(p.getTrainee().getName()));
            });
            assertThat(names).containsAll(expected).doesNotHaveDuplicates();
            assertThat(names).allMatch(n -> n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*"));

            Sheet round = workbook.getSheet(lotte.getRound().getName());
            Cell title = round.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("Trainee");
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(round.getPaneInformation().isFreezePane()).isTrue();
            assertThat(round.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(round.getPhysicalNumberOfRows() - 1).isEqualTo((int) published.stream()
                    .filter(p -> p.getRound().getId().equals(lotte.getRound().getId()))
                    .count());

            Row row = rowWith(round, "Trainee", "Lotte Hendriks");
            assertThat(cell(row, "Opdracht").getStringCellValue())
                    .isEqualTo(lotte.getAssignment().getTitle());
            assertThat(cell(row, "Organisatie").getStringCellValue())
                    .isEqualTo(lotte.getAssignment().getOrganisation().getName());
            assertThat(cell(row, "Begeleider").getStringCellValue())
                    .isEqualTo(lotte.getAssignment().getSupervisor().name());
            assertThat(cell(row, "E-mail begeleider").getStringCellValue())
                    .isEqualTo(lotte.getAssignment().getSupervisor().email());
            assertThat(date(cell(row, "Begin"))).isEqualTo(lotte.getRound().getStartDate());
            assertThat(date(cell(row, "Einde"))).isEqualTo(lotte.getRound().getEndDate());

            // the rank column holds the place the trainee gave the assignment, empty when it was not on the list
            int ranked = 0;
            for (Placement p : published) {
                Integer rank =
                        preferences
                                .findByTraineeIdAndRoundIdOrderByRank(
                                        p.getTrainee().getId(), p.getRound().getId())
                                .stream()
                                .filter(t -> t.getAssignment()
                                        .getId()
                                        .equals(p.getAssignment().getId()))
                                .map(TraineePreference::getRank)
                                .findFirst()
                                .orElse(null);
                Sheet sheet = workbook.getSheet(p.getRound().getName());
                Cell cell = cell(rowWith(sheet, "Trainee", p.getTrainee().getName()), "Plaats op voorkeurslijst");
                if (rank == null) {
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                            .isTrue();
                } else {
                    ranked++;
                    assertThat(cell.getNumericCellValue()).isEqualTo(rank.doubleValue());
                }
            }
            assertThat(ranked).as("placements with a rank").isPositive();

            Sheet organisation = workbook.getSheet(
                    sheetName(lotte.getAssignment().getOrganisation().getName()));
            assertThat(cell(rowWith(organisation, "Trainee", "Lotte Hendriks"), "Ronde")
                            .getStringCellValue())
                    .isEqualTo(lotte.getRound().getName());

            Sheet trainee = workbook.getSheet("Lotte Hendriks");
            assertThat(trainee.getPhysicalNumberOfRows() - 1).isEqualTo((int) published.stream()
                    .filter(p ->
                            p.getTrainee().getId().equals(lotte.getTrainee().getId()))
                    .count());
            assertThat(date(cell(rowWith(trainee, "Ronde", lotte.getRound().getName()), "Begin")))
                    .isEqualTo(lotte.getRound().getStartDate());
        }

        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.PLAN_EXPORTED
                        && e.getUsername().equals("coordinator")
                        && "plan-lichting-2026.xlsx".equals(e.getDetail())
                        && (published.size() + " plaatsingen").equals(AuditWords.dutch(e.getReason())));
    }

    @Test
    void theApiGivesTheSameFileWithEnglishHeadersWhenAskedInEnglish() throws Exception {
        long before = audit.findAll().stream()
                .filter(e -> e.getAction() == AuditAction.PLAN_EXPORTED)
                .count();
        try (XSSFWorkbook workbook = download("/api/cohorts/" + cohort().getId() + "/plan.xlsx", "en")) {
            Sheet trainee = workbook.getSheet("Lotte Hendriks");
            List<String> headers = new ArrayList<>();
            trainee.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Round",
                            "Assignment",
                            "Organisation",
                            "Municipality",
                            "Supervisor",
                            "Supervisor's e-mail",
                            "Start",
                            "End",
                            "Place on preference list");
        }
        assertThat(audit.findAll().stream()
                        .filter(e -> e.getAction() == AuditAction.PLAN_EXPORTED)
                        .count())
                .isEqualTo(before + 1);
    }

    @Test
    void aTextThatLooksLikeAFormulaComesBackAsText() throws Exception {
        Placement lotte = published().stream()
                .filter(p -> p.getTrainee().getName().equals("Lotte Hendriks"))
                .findFirst()
                .orElseThrow();
        entities.createQuery("update Assignment a set a.supervisorName = '=1+2', a.title = '@SUM(A1)' where a.id = :id")
                .setParameter("id", lotte.getAssignment().getId())
                .executeUpdate();
        entities.clear();

        try (XSSFWorkbook workbook = download("/cohorts/" + cohort().getId() + "/plan.xlsx", "nl")) {
            Row row = rowWith(workbook.getSheet("Lotte Hendriks"), "Begeleider", "=1+2");
            Cell supervisor = cell(row, "Begeleider");
            assertThat(supervisor.getCellType()).isEqualTo(CellType.STRING);
            assertThat(supervisor.getStringCellValue()).isEqualTo("=1+2");
            assertThat(supervisor.getCellStyle().getQuotePrefixed()).isTrue();
            Cell title = cell(row, "Opdracht");
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(row, "Organisatie").getCellStyle().getQuotePrefixed())
                    .as("an ordinary text is not marked")
                    .isFalse();
        }
    }

    @Test
    void theRoundsPageLinksThePlanOfEachCohortWithAPublishedRoundOnly() throws Exception {
        String page = mvc.perform(get("/rounds").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("/cohorts/" + cohort().getId() + "/plan.xlsx")
                .contains("Plan downloaden (Excel): Lichting 2026");
        for (Cohort other : cohorts.findAll()) {
            boolean published = rounds.findByCohortIdOrderBySequenceNumber(other.getId()).stream()
                    .anyMatch(r -> r.getStatus().compareTo(RoundStatus.PUBLISHED) >= 0);
            assertThat(page.contains("/cohorts/" + other.getId() + "/plan.xlsx"))
                    .as(other.getName())
                    .isEqualTo(published);
        }
    }

    @Test
    void theApiDocumentationDescribesTheDownload() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/cohorts/{id}/plan.xlsx").contains(XLSX).contains("PLAN_EXPORTED");
    }

    @Test
    void hostsAndTraineesAreRefusedAndAnUnknownCohortIsNotFound() throws Exception {
        long id = cohort().getId();
        for (String who : List.of("host", "lotte")) {
            mvc.perform(get("/cohorts/" + id + "/plan.xlsx").with(SignIn.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/cohorts/" + id + "/plan.xlsx").with(SignIn.as(who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/cohorts/999999/plan.xlsx").with(SignIn.as("coordinator")))
                .andExpect(status().isNotFound());
        assertThat(audit.findAll())
                .noneMatch(e -> e.getAction() == AuditAction.PLAN_EXPORTED
                        && !e.getUsername().equals("coordinator"));
    }
}
