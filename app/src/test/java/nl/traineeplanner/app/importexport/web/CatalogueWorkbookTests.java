package nl.traineeplanner.app.importexport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator downloads the assignment catalogue of the demo's cohort as Excel, from the page and the API; POI
 * reads it back: a sheet per round with exactly the approved assignments offered in it, capacity as a number, and a
 * title that looks like a formula kept as text. The download is audited; hosts and trainees are refused.
 */
@WebAppTest
@Transactional
class CatalogueWorkbookTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private AuditTrail audit;

    @Test
    void eachRoundHasASheetWithItsApprovedAssignments() throws Exception {
        Cohort cohort = cohorts.findByName("Lichting 2027").orElseThrow();
        List<Round> ofCohort = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
        Assignment approved = assignments
                .findByStatusAndRoundsIdOrderById(
                        AssignmentStatus.APPROVED, ofCohort.get(0).getId())
                .get(0);
        Assignment formula = new Assignment(
                approved.getOrganisation(),
                new AssignmentContent(
                        "=HYPERLINK(\"http://example.org\")",
                        approved.getProgramme(),
                        approved.getDomain(),
                        null,
                        "",
                        "",
                        "",
                        approved.getMunicipality(),
                        approved.getLocation(),
                        java.util.Set.of(ofCohort.get(0)),
                        3,
                        new AssignmentContent.Supervisor("+31 Piet", "piet@example.org"),
                        0));
        formula.submit();
        formula.approve();
        assignments.save(formula);
        long before = audit.count();

        byte[] bytes = mvc.perform(
                        get("/cohorts/{id}/catalogue.xlsx", cohort.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("catalogus-lichting-2027.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(ofCohort.size());
            Sheet first = workbook.getSheet(ofCohort.get(0).getName());
            assertThat(texts(first.getRow(0)))
                    .containsExactly(
                            "Opdracht",
                            "Organisatie",
                            "Gemeente",
                            "Beleidsterrein",
                            "Programma",
                            "Plaatsen",
                            "Begeleider",
                            "E-mail begeleider");
            List<String> titles = new ArrayList<>();
            for (Row row : first) {
                if (row.getRowNum() > 0) {
                    titles.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(titles)
                    .hasSize(assignments
                            .findByStatusAndRoundsIdOrderById(
                                    AssignmentStatus.APPROVED, ofCohort.get(0).getId())
                            .size())
                    .contains(approved.getTitle());
            Row formulaRow = rowOf(first, formula.getTitle());
            Cell title = formulaRow.getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formulaRow.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formulaRow.getCell(5).getNumericCellValue()).isEqualTo(3.0);
        }
        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(audit.findAll().stream().filter(e -> e.getAction() == AuditAction.CATALOGUE_EXPORTED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("catalogus-lichting-2027.xlsx"));

        mvc.perform(get("/api/cohorts/{id}/catalogue.xlsx", cohort.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk());
        for (String who : List.of("host", "trainee")) {
            mvc.perform(get("/api/cohorts/{id}/catalogue.xlsx", cohort.getId()).with(SignIn.as(who)))
                    .andExpect(status().isForbidden());
        }
    }

    private static Row rowOf(Sheet sheet, String title) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && title.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
