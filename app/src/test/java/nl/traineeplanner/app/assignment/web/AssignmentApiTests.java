package nl.traineeplanner.app.assignment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@WebAppTest
class AssignmentApiTests {

    private static final RequestPostProcessor TRAINEE = user("trainee").roles("TRAINEE");
    /** API clients that write send their own credentials, which is why they need no CSRF token. */
    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private nl.traineeplanner.app.assignment.AssignmentsInUse inUse;

    private String validJson(String title) {
        Assignment template =
                assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).get(0);
        long round = rounds.findAllByOrderByStartDate().get(0).getId();
        return """
                {"title": "%s", "organisation": %d, "programme": "tvg", "domain": "data",
                 "context": "Veel data, weinig inzicht.", "tasks": "Bouw een dashboard.",
                 "expectedResult": "Een dashboard.", "municipality": "GM0014", "latitude": 53.2, "longitude": 6.6,
                 "rounds": [%d], "capacity": 2, "supervisorName": "Eva Hofstra",
                 "supervisorEmail": "eva.hofstra@groningen.nl"}
                """.formatted(title, template.getOrganisation().getId(), round);
    }

    @Test
    void requiresCredentials() throws Exception {
        mvc.perform(get("/api/assignments")).andExpect(status().isUnauthorized());
    }

    @Test
    void acceptsHttpBasicWithADemoAccount() throws Exception {
        mvc.perform(get("/api/assignments").with(SignIn.as("trainee"))).andExpect(status().isOk());
        mvc.perform(get("/api/assignments").with(httpBasic("trainee", "fout"))).andExpect(status().isUnauthorized());
    }

    @Test
    void pagingThroughTheCatalogueShowsEveryApprovedAssignmentOnceAndSaysHowManyThereAre() throws Exception {
        int approved = (int) assignments.countByStatus(AssignmentStatus.APPROVED);
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        for (int page = 0; page * 7 < approved; page++) {
            String body = mvc.perform(
                            get("/api/assignments?size=7&page=" + page).with(TRAINEE))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", String.valueOf(approved)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            seen.addAll(com.jayway.jsonpath.JsonPath.read(body, "$[*].id"));
        }

        assertThat(seen).hasSize(approved).doesNotHaveDuplicates();
    }

    @Test
    void listsApprovedAssignments() throws Exception {
        int approved = (int) assignments.countByStatus(AssignmentStatus.APPROVED);
        mvc.perform(get("/api/assignments").with(TRAINEE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(approved)))
                .andExpect(jsonPath("$[*].status", everyItem(is("APPROVED"))));
    }

    @Test
    void filtersByProgrammeAndMunicipality() throws Exception {
        mvc.perform(get("/api/assignments")
                        .param("programme", "npg")
                        .param("municipality", "GM1895")
                        .with(TRAINEE))
                .andExpect(jsonPath("$[*].title", hasItem("Actualisatie lokaal programma Toekomst voor Oldambt")))
                .andExpect(jsonPath("$[*].programme", everyItem(is("npg"))))
                .andExpect(jsonPath("$[*].municipality", everyItem(is("GM1895"))));
    }

    @Test
    void searchesTheDescription() throws Exception {
        mvc.perform(get("/api/assignments").param("q", "chatbots").with(TRAINEE))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].title", is("Inwoners betrekken via nieuwe kanalen")));
    }

    @Test
    @Transactional
    void showsOneAssignmentWithItsDetails() throws Exception {
        Assignment assignment =
                assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).get(0);
        mvc.perform(get("/api/assignments/{id}", assignment.getId()).with(TRAINEE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title", is(assignment.getTitle())))
                .andExpect(jsonPath(
                        "$.organisation.code", is(assignment.getOrganisation().getCode())))
                .andExpect(
                        jsonPath("$.location.lat", is(assignment.getLocation().latitude())));
    }

    @Test
    void answersNotFoundForAnUnknownAssignment() throws Exception {
        mvc.perform(get("/api/assignments/{id}", 987654).with(TRAINEE)).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputGivesAProblemListingEveryFieldInDutchAndStoresNothing() throws Exception {
        long before = assignments.count();
        mvc.perform(post("/api/assignments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"\", \"capacity\": 0, \"supervisorEmail\": \"geen-adres\"}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title", is("Ongeldige invoer")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem("Vul een titel in.")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'capacity')].message",
                        hasItem("Een opdracht biedt plaats aan minstens één trainee.")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'supervisorEmail')].message",
                        hasItem("Dit is geen geldig e-mailadres.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'rounds')].message", hasItem("Kies minstens één ronde.")));
        assertThat(assignments.count()).isEqualTo(before);
    }

    @Test
    void unknownReferencesAreFieldErrorsToo() throws Exception {
        long before = assignments.count();
        String json = validJson("Onbekend domein").replace("\"domain\": \"data\"", "\"domain\": \"astrologie\"");
        mvc.perform(post("/api/assignments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("domain")))
                .andExpect(jsonPath("$.errors[0].message", is("Dit beleidsterrein bestaat niet.")));
        assertThat(assignments.count()).isEqualTo(before);
    }

    @Test
    void onlyTheCoordinatorMayAddAssignments() throws Exception {
        mvc.perform(post("/api/assignments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validJson("Van een host"))
                        .with(SignIn.as("host")))
                .andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void coordinatorAddsAnAssignment() throws Exception {
        mvc.perform(post("/api/assignments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validJson("Dashboard woningmarkt"))
                        .with(COORDINATOR))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status", is("APPROVED")))
                .andExpect(jsonPath("$.capacity", is(2)));
        assertThat(assignments.findAll()).extracting(Assignment::getTitle).contains("Dashboard woningmarkt");
    }

    @Test
    @Transactional
    void updateFromAnOutdatedVersionIsAConflict() throws Exception {
        Assignment assignment =
                assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).get(1);
        String json = validJson("Verouderd").replace("{", "{\"version\": " + (assignment.getVersion() + 5) + ", ");
        mvc.perform(put("/api/assignments/{id}", assignment.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(COORDINATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath(
                        "$.detail",
                        is("Iemand anders heeft deze gegevens intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen."
                                + " Open de pagina opnieuw om de nieuwste versie te zien en breng uw wijzigingen dan"
                                + " opnieuw aan.")));
        assertThat(assignments.findById(assignment.getId()).orElseThrow().getTitle())
                .isNotEqualTo("Verouderd");
    }

    @Test
    @Transactional
    void anAssignmentInUseKeepsItsHostOrganisation() throws Exception {
        long templateOrganisation = assignments
                .findByStatusOrderByTitle(AssignmentStatus.APPROVED)
                .get(0)
                .getOrganisation()
                .getId();
        Assignment used = assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).stream()
                .filter(a -> inUse.inUse(a.getId()) && a.getOrganisation().getId() != templateOrganisation)
                .findFirst()
                .orElseThrow();
        String json =
                validJson("Naar een andere opdrachtgever").replace("{", "{\"version\": " + used.getVersion() + ", ");

        mvc.perform(put("/api/assignments/{id}", used.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("organisation")));
        assertThat(assignments.findById(used.getId()).orElseThrow().getTitle())
                .isNotEqualTo("Naar een andere opdrachtgever");
    }

    @Test
    void publishesOpenApiDocumentation() throws Exception {
        mvc.perform(get("/v3/api-docs").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title", is("Traineeplanner API")))
                .andExpect(jsonPath("$.paths['/api/assignments'].get").exists())
                .andExpect(jsonPath("$.paths['/api/trainees'].get").exists());
    }
}
