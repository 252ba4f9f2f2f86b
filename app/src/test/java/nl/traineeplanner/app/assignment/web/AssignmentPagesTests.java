package nl.traineeplanner.app.assignment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@WebAppTest
class AssignmentPagesTests {

    private static final RequestPostProcessor TRAINEE = user("trainee").roles("TRAINEE");
    private static final RequestPostProcessor HOST = user("host").roles("HOST");
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private nl.traineeplanner.app.assignment.AssignmentsInUse inUse;

    @SuppressWarnings("unchecked")
    private List<Assignment> catalogue(MockHttpServletRequestBuilder request) throws Exception {
        return (List<Assignment>) mvc.perform(request.with(TRAINEE))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("assignments");
    }

    private Assignment byTitle(String title) {
        return assignments.findAll().stream()
                .filter(a -> a.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void catalogueAsksToLogInFirst() throws Exception {
        mvc.perform(get("/assignments").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsDutchWithEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"nl\""), containsString("Gebruikersnaam"))));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("User name"))));
    }

    @Test
    void catalogueShowsOnlyApprovedAssignments() throws Exception {
        List<Assignment> shown = catalogue(get("/assignments"));
        assertThat(shown).isNotEmpty().allMatch(a -> a.getStatus() == AssignmentStatus.APPROVED);
        assertThat(shown).hasSize((int) assignments.countByStatus(AssignmentStatus.APPROVED));
        assertThat(shown).extracting(Assignment::getTitle).doesNotContain("Cultuurprogramma Pekela 2028");
    }

    @Test
    void filtersByMunicipality() throws Exception {
        List<Assignment> shown = catalogue(get("/assignments").param("municipality", "GM0765"));
        assertThat(shown)
                .isNotEmpty()
                .allMatch(a -> a.getMunicipality().getCode().equals("GM0765"));
        assertThat(shown).extracting(Assignment::getTitle).contains("Jongeren in Pekela aan het woord");
    }

    @Test
    void filtersByProgrammeDomainAndRound() throws Exception {
        Round round1 = rounds.findAllByOrderByStartDate().get(0);
        List<Assignment> shown = catalogue(get("/assignments")
                .param("programme", "npg")
                .param("domain", "onderwijs-jeugd")
                .param("round", round1.getId().toString()));
        assertThat(shown)
                .extracting(Assignment::getTitle)
                .containsExactlyInAnyOrder(
                        "Projectleider Tijd voor Toekomst",
                        "Jongeren in Pekela aan het woord",
                        "Taal en rekenen voor volwassenen");
    }

    @Test
    void searchFindsWordsInTheDescriptionRegardlessOfCase() throws Exception {
        List<Assignment> shown = catalogue(get("/assignments").param("q", "MAKEPORT"));
        assertThat(shown)
                .extracting(Assignment::getTitle)
                .containsExactly("Gebiedsontwikkeling Dideldom in Stadskanaal");
    }

    @Test
    void countOfOneResultIsSingular() throws Exception {
        mvc.perform(get("/assignments").param("q", "MAKEPORT").with(TRAINEE))
                .andExpect(content().string(containsString("1 opdracht gevonden")));
        mvc.perform(get("/assignments")
                        .param("q", "MAKEPORT")
                        .param("lang", "en")
                        .with(TRAINEE))
                .andExpect(content().string(containsString("1 assignment found")));
    }

    @Test
    void searchWithoutMatchSaysSoInDutch() throws Exception {
        mvc.perform(get("/assignments").param("q", "zzz-bestaat-niet").with(TRAINEE))
                .andExpect(content().string(containsString("Geen opdrachten gevonden")));
    }

    @Test
    void detailShowsTheAssignment() throws Exception {
        Assignment oldambt = byTitle("Actualisatie lokaal programma Toekomst voor Oldambt");
        mvc.perform(get("/assignments/{id}", oldambt.getId()).with(TRAINEE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Actualisatie lokaal programma Toekomst voor Oldambt"),
                                containsString("Gemeente Oldambt"),
                                containsString("Nationaal Programma Groningen"))));
    }

    @Test
    void detailOfAProposalUnderReviewIsHiddenFromTrainees() throws Exception {
        Assignment submitted = byTitle("Cultuurprogramma Pekela 2028");
        mvc.perform(get("/assignments/{id}", submitted.getId()).with(TRAINEE)).andExpect(status().isNotFound());
        mvc.perform(get("/assignments/{id}", submitted.getId()).with(COORDINATOR))
                .andExpect(status().isOk());
    }

    @Test
    @Transactional
    void theCoordinatorsCommentOnAnApprovedAssignmentIsNotShownToHostsOfOtherOrganisations() throws Exception {
        Assignment pekela = byTitle("Cultuurprogramma Pekela 2028");
        pekela.approve("Let op de begroting van het festival.");
        assignments.saveAndFlush(pekela);

        mvc.perform(get("/assignments/{id}", pekela.getId()).with(SignIn.as("provincie")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cultuurprogramma Pekela 2028")))
                .andExpect(content().string(not(containsString("Let op de begroting"))));
        mvc.perform(get("/assignments/{id}", pekela.getId()).with(TRAINEE))
                .andExpect(content().string(not(containsString("Let op de begroting"))));
        mvc.perform(get("/assignments/{id}", pekela.getId()).with(COORDINATOR))
                .andExpect(content().string(containsString("Let op de begroting")));
    }

    @Test
    void aProposalUnderReviewIsHiddenFromHostsOfOtherOrganisations() throws Exception {
        Assignment submitted = byTitle("Cultuurprogramma Pekela 2028");
        mvc.perform(get("/assignments/{id}", submitted.getId()).with(SignIn.as("provincie")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/{id}", submitted.getId()).with(SignIn.as("provincie")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/{id}", submitted.getId()).with(SignIn.as("trainee")))
                .andExpect(status().isNotFound());
    }

    @Test
    void assignmentFormIsForTheCoordinatorOnly() throws Exception {
        mvc.perform(get("/assignments/new").with(HOST)).andExpect(status().isForbidden());
        mvc.perform(get("/assignments/new").with(TRAINEE)).andExpect(status().isForbidden());
        mvc.perform(get("/assignments/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"title\">")));
    }

    @Test
    void postingTheFormNeedsCsrfToken() throws Exception {
        long before = assignments.count();
        mvc.perform(post("/assignments").param("title", "Zonder token").with(COORDINATOR))
                .andExpect(status().isForbidden());
        assertThat(assignments.count()).isEqualTo(before);
    }

    @Test
    void invalidFormShowsEachErrorInDutchAndStoresNothing() throws Exception {
        long before = assignments.count();
        String page = mvc.perform(post("/assignments")
                        .param("title", " ")
                        .param("capacity", "0")
                        .param("supervisorEmail", "geen-adres")
                        .param("unfilledPenalty", "99999")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "assignmentForm",
                                "title",
                                "capacity",
                                "supervisorEmail",
                                "rounds",
                                "organisation",
                                "unfilledPenalty"))
                .andExpect(content().string(containsString("Ten hoogste 10.000 strafpunten per lege plek.")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Vul een titel in."),
                                containsString("Een opdracht biedt plaats aan minstens één trainee."),
                                containsString("Dit is geen geldig e-mailadres."),
                                containsString("Kies minstens één ronde."),
                                containsString("id=\"title-error\""),
                                containsString("aria-describedby=\"title-error\""))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The summary at the top lists the errors in the order of the fields.
        assertThat(List.of(
                        page.indexOf("Vul een titel in."),
                        page.indexOf("Kies minstens één ronde."),
                        page.indexOf("Een opdracht biedt plaats aan minstens één trainee."),
                        page.indexOf("Dit is geen geldig e-mailadres.")))
                .doesNotContain(-1)
                .isSorted();
        assertThat(assignments.count()).isEqualTo(before);
    }

    @Test
    @Transactional
    void validFormAddsAnApprovedAssignmentToTheCatalogue() throws Exception {
        Assignment template = byTitle("Actualisatie lokaal programma Toekomst voor Oldambt");
        Round round3 = rounds.findAllByOrderByStartDate().get(2);
        mvc.perform(post("/assignments")
                        .param("title", "Energiecoöperaties in Oldambt")
                        .param(
                                "organisation",
                                template.getOrganisation().getId().toString())
                        .param("programme", "npg")
                        .param("domain", "economie-energie")
                        .param("context", "Dorpen willen zelf energie opwekken.")
                        .param("tasks", "Begeleid twee coöperaties.")
                        .param("expectedResult", "Twee draaiende coöperaties.")
                        .param("municipality", "GM1895")
                        .param("rounds", round3.getId().toString())
                        .param("capacity", "1")
                        .param("supervisorName", "Harm Dijkstra")
                        .param("supervisorEmail", "harm.dijkstra@oldambt.nl")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Assignment created = byTitle("Energiecoöperaties in Oldambt");
        assertThat(created.getStatus()).isEqualTo(AssignmentStatus.APPROVED);
        assertThat(created.getLocation()).isEqualTo(created.getMunicipality().centre());
        assertThat(catalogue(get("/assignments").param("q", "coöperaties")))
                .extracting(Assignment::getTitle)
                .containsExactly("Energiecoöperaties in Oldambt");
    }

    /** The coordinator's form of an assignment as it is, with another title, host organisation and version. */
    private static MockHttpServletRequestBuilder edit(
            Assignment assignment, String title, long organisation, long version) {
        AssignmentForm form = AssignmentForm.of(assignment);
        return post("/assignments/{id}/edit", assignment.getId())
                .param("title", title)
                .param("organisation", String.valueOf(organisation))
                .param("programme", form.getProgramme())
                .param("domain", form.getDomain())
                .param("context", form.getContext())
                .param("tasks", form.getTasks())
                .param("expectedResult", form.getExpectedResult())
                .param("municipality", form.getMunicipality())
                .param("rounds", form.getRounds().stream().map(String::valueOf).toArray(String[]::new))
                .param("capacity", String.valueOf(form.getCapacity()))
                .param("supervisorName", form.getSupervisorName())
                .param("supervisorEmail", form.getSupervisorEmail())
                .param("version", String.valueOf(version))
                .with(COORDINATOR)
                .with(csrf());
    }

    @Test
    @Transactional
    void anAssignmentInUseKeepsItsHostOrganisationAndOneNotYetInUseMayChangeIt() throws Exception {
        List<Assignment> all = assignments.findAll().stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .toList();
        Assignment used =
                all.stream().filter(a -> inUse.inUse(a.getId())).findFirst().orElseThrow();
        Assignment unused =
                all.stream().filter(a -> !inUse.inUse(a.getId())).findFirst().orElseThrow();
        long usedBy = used.getOrganisation().getId();
        java.util.function.LongUnaryOperator otherThan = id -> all.stream()
                .mapToLong(a -> a.getOrganisation().getId())
                .filter(other -> other != id)
                .findFirst()
                .orElseThrow();

        mvc.perform(edit(used, used.getTitle(), otherThan.applyAsLong(usedBy), used.getVersion()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "assignmentForm", "organisation", "assignment.organisation.inUse"))
                .andExpect(content().string(containsString("de opdrachtgever blijft dezelfde")));
        assertThat(assignments
                        .findById(used.getId())
                        .orElseThrow()
                        .getOrganisation()
                        .getId())
                .isEqualTo(usedBy);

        long movedTo = otherThan.applyAsLong(unused.getOrganisation().getId());
        mvc.perform(edit(unused, unused.getTitle(), movedTo, unused.getVersion()))
                .andExpect(redirectedUrl("/assignments/" + unused.getId()));
        assertThat(assignments
                        .findById(unused.getId())
                        .orElseThrow()
                        .getOrganisation()
                        .getId())
                .isEqualTo(movedTo);
    }

    @Test
    @Transactional
    void editingFromAnOutdatedVersionShowsADutchMessageAndKeepsTheStoredText() throws Exception {
        Assignment assignment = byTitle("Vrijetijdseconomie in Westerwolde");
        mvc.perform(edit(
                        assignment,
                        "Mijn verouderde wijziging",
                        assignment.getOrganisation().getId(),
                        assignment.getVersion() + 1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft deze gegevens intussen gewijzigd")));
        assertThat(assignments.findById(assignment.getId()).orElseThrow().getTitle())
                .isEqualTo("Vrijetijdseconomie in Westerwolde");
    }

    @Test
    void languageSwitchKeepsTheFilters() throws Exception {
        mvc.perform(get("/assignments?q=water&municipality=GM0014").with(TRAINEE))
                .andExpect(content().string(containsString("href=\"?q=water&amp;municipality=GM0014&amp;lang=en\"")));
    }

    @Test
    void navigationShowsCoordinatorLinksOnlyToTheCoordinator() throws Exception {
        mvc.perform(get("/assignments").with(TRAINEE))
                .andExpect(content().string(not(containsString("href=\"/trainees\""))));
        mvc.perform(get("/assignments").with(COORDINATOR))
                .andExpect(content().string(containsString("href=\"/trainees\"")));
    }

    @Test
    void demoAccountCanLogInWithItsPassword() throws Exception {
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin()
                        .user("coordinator")
                        .password("demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/dashboard*"));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin()
                        .user("coordinator")
                        .password("fout"))
                .andExpect(redirectedUrlPattern("/login?error*"));
    }
}
