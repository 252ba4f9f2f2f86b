package nl.traineeplanner.app.importexport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator imports trainees, host users and assignments from CSV and Excel into the demo's cohort, on the page
 * (upload, preview, confirm) and through the API (dry run, import); the templates have the columns the import reads.
 * A file with problems shows them by row and column and stores nothing; the confirmation stores exactly the file of
 * the preview; each import and refusal is in the audit trail.
 */
@WebAppTest
@Transactional
class DataImportPageTests {

    @Autowired
    private MockMvc mvc;

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

    @BeforeEach
    void findTheCohort() {
        cohort = cohorts.findByName("Lichting 2027").orElseThrow().getId();
    }

    private static MockMultipartFile file(String path) throws Exception {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new MockMultipartFile("file", name, null, new ClassPathResource(path).getContentAsByteArray());
    }

    private List<AuditEvent> events(AuditAction action) {
        return audit.findAll().stream().filter(e -> e.getAction() == action).toList();
    }

    @Test
    void theCoordinatorPreviewsThenImportsTraineesFromAWindowsCsvWithSemicolons() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/cohorts/{id}/imports", cohort)
                        .file(file("imports/trainees-windows-1252.csv"))
                        .param("kind", "trainees")
                        .session(session)
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zoë Hoekstra")))
                .andExpect(content().string(containsString("René Dijkman")))
                .andExpect(content().string(containsString("Data en informatie, Europese zaken")))
                .andExpect(content().string(containsString("Bevestigen en inlezen")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(trainees.findAllByOrderByName()).noneMatch(t -> t.getName().equals("Zoë Hoekstra"));

        mvc.perform(post("/cohorts/{id}/imports/confirm", cohort)
                        .param("key", hidden(page, "key"))
                        .param("digest", hidden(page, "digest"))
                        .session(session)
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(redirectedUrl("/cohorts/" + cohort + "/imports"))
                .andExpect(flash().attribute("imported", containsString("2 trainees ingelezen in Lichting 2027")));

        Trainee zoe = trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals("Zoë Hoekstra"))
                .findFirst()
                .orElseThrow();
        assertThat(zoe.getCohort().getId()).isEqualTo(cohort);
        assertThat(zoe.getEmail()).isEqualTo("zoe.hoekstra@example.org");
        assertThat(zoe.getHomeMunicipality().getName()).isEqualTo("Groningen");
        assertThat(zoe.getMaxTravelKm()).contains(45);
        assertThat(zoe.getInterests()).hasSize(2);
        UserAccount account = accounts.findByTraineeId(zoe.getId()).orElseThrow();
        assertThat(account.getUsername()).isEqualTo("zoe.hoekstra@example.org");
        assertThat(events(AuditAction.DATA_IMPORTED)).singleElement().satisfies(e -> {
            assertThat(e.getUsername()).isEqualTo("coordinator");
            assertThat(e.getDetail()).contains("trainees-windows-1252.csv", "Lichting 2027");
            assertThat(AuditWords.dutch(e.getReason())).isEqualTo("2 rijen ingelezen");
        });
    }

    @Test
    void theConfirmationImportsOnlyTheFileOfThePreview() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/cohorts/{id}/imports", cohort)
                        .file(file("imports/hosts.csv"))
                        .param("kind", "hosts")
                        .session(session)
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long before = accounts.count();

        mvc.perform(post("/cohorts/{id}/imports/confirm", cohort)
                        .param("key", hidden(page, "key"))
                        .param("digest", "0".repeat(64))
                        .session(session)
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("niet het bestand waarvan u het voorbeeld zag")));
        mvc.perform(post("/cohorts/{id}/imports/confirm", cohort)
                        .param("key", hidden(page, "key"))
                        .param("digest", hidden(page, "digest"))
                        .session(new MockHttpSession())
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("niet meer bewaard")));
        assertThat(accounts.count()).isEqualTo(before);

        mvc.perform(post("/cohorts/{id}/imports/confirm", cohort)
                        .param("key", hidden(page, "key"))
                        .param("digest", hidden(page, "digest"))
                        .session(session)
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().is3xxRedirection());
        UserAccount karin = accounts.findByUsername("karin.vos@example.org").orElseThrow();
        assertThat(karin.getRole()).isEqualTo(Role.HOST);
        assertThat(karin.getOrganisation().getName()).isEqualTo("Provincie Groningen");
    }

    @Test
    void aFileWithProblemsShowsThemByRowAndColumnAndHasNoConfirmButton() throws Exception {
        long before = trainees.count();
        mvc.perform(multipart("/cohorts/{id}/imports", cohort)
                        .file(file("imports/broken/formula.xlsx"))
                        .param("kind", "trainees")
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content()
                        .string(containsString("Cel C4 (Woonplaats): cel C4 bevat een formule; plak de waarde")))
                .andExpect(content().string(not(containsString("Bevestigen en inlezen"))));
        mvc.perform(multipart("/cohorts/{id}/imports", cohort)
                        .file(file("imports/broken/trainees-with-errors.csv"))
                        .param("kind", "trainees")
                        .param("lang", "en")
                        .with(csrf())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Cell C4 (Woonplaats): unknown municipality")));
        assertThat(trainees.count()).isEqualTo(before);
    }

    @Test
    void theApiChecksWithADryRunAndImportsAssignmentsApproved() throws Exception {
        long before = assignments.count();
        mvc.perform(multipart("/api/cohorts/{id}/imports/assignments", cohort)
                        .file(file("imports/assignments.csv"))
                        .param("dryRun", "true")
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].Titel").value("Datagedreven beleid"))
                .andExpect(jsonPath("$.rows[0].Ronde").value("Ronde 1, Ronde 2"))
                .andExpect(jsonPath("$.rows[1].Organisatie").value("Provincie Groningen"));
        assertThat(assignments.count()).isEqualTo(before);

        mvc.perform(multipart("/api/cohorts/{id}/imports/assignments", cohort)
                        .file(file("imports/assignments.csv"))
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2));

        assertThat(assignments.count()).isEqualTo(before + 2);
        Assignment imported = assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).stream()
                .filter(a -> a.getTitle().equals("Datagedreven beleid"))
                .findFirst()
                .orElseThrow();
        assertThat(imported.getRounds()).extracting(r -> r.getName()).containsExactly("Ronde 1", "Ronde 2");
        assertThat(imported.getCapacity()).isEqualTo(2);
        assertThat(imported.getTasks()).isEqualTo("Dashboards bouwen");
    }

    @Test
    void theApiAnswersProblemsAs422AndRecordsTheRefusal() throws Exception {
        long before = assignments.count();
        mvc.perform(multipart("/api/cohorts/{id}/imports/assignments", cohort)
                        .file(file("imports/broken/assignments-with-errors.csv"))
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'F4')].message")
                        .value(hasItem(containsString("ronde \"Ronde 9\" bestaat niet in Lichting 2027"))))
                .andExpect(jsonPath("$.errors[?(@.cell == 'G5')].column").value("Capaciteit"));
        assertThat(assignments.count()).isEqualTo(before);
        assertThat(events(AuditAction.DATA_IMPORT_REFUSED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("assignments-with-errors.csv"));
        assertThat(events(AuditAction.DATA_IMPORTED)).isEmpty();
    }

    @Test
    void englishHeadersAndAUtf8FileWithByteOrderMarkAreRead() throws Exception {
        mvc.perform(multipart("/api/cohorts/{id}/imports/trainees", cohort)
                        .file(file("imports/trainees-utf8-bom.csv"))
                        .param("dryRun", "true")
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].Naam").value("Zoë Hoekstra"))
                .andExpect(jsonPath("$.rows[0].Opleiding").value("MSc Planologie, RUG"));
    }

    @Test
    void theTemplatesHaveTheColumnsTheImportReads() throws Exception {
        byte[] xlsx = mvc.perform(get("/cohorts/{id}/imports/assignments/template.xlsx", cohort)
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Titel");
            assertThat(header.getLastCellNum()).isEqualTo((short) 13);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("ja");
        }
        byte[] csv = mvc.perform(get("/api/cohorts/{id}/imports/trainees/template.csv", cohort)
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFNaam;E-mail;Woonplaats;Telefoon;Opleiding;Interesses;Max reisafstand km\r\n");
        mvc.perform(get("/cohorts/{id}/imports/nothing/template.csv", cohort).with(SignIn.as("coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageNamesTheLimitsAndTheTemplates() throws Exception {
        mvc.perform(get("/cohorts/{id}/imports", cohort).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ten hoogste 5000 rijen en 20 MB per bestand")))
                .andExpect(content().string(containsString("/imports/hosts/template.xlsx")));
        mvc.perform(get("/rounds").with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString("/cohorts/" + cohort + "/imports")))
                .andExpect(content().string(containsString("/cohorts/" + cohort + "/catalogue.xlsx")));
    }

    @Test
    void hostsAndTraineesCannotImport() throws Exception {
        for (String who : List.of("host", "trainee")) {
            mvc.perform(multipart("/api/cohorts/{id}/imports/trainees", cohort)
                            .file(file("imports/trainees-utf8-bom.csv"))
                            .with(SignIn.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/cohorts/{id}/imports", cohort).with(SignIn.as(who)))
                    .andExpect(status().isForbidden());
        }
    }

    private static String hidden(String page, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }
}
