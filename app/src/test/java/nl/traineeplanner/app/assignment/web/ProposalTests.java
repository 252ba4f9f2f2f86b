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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@WebAppTest
@Transactional
class ProposalTests {

    /** The demo host account of Gemeente Oldambt. */
    private static final RequestPostProcessor HOST = SignIn.as("host");

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private RoundRepository rounds;

    private MockHttpServletRequestBuilder proposal(String title) {
        return post("/proposals")
                .param("title", title)
                .param("programme", "npg")
                .param("domain", "wonen-versterking")
                .param("context", "Veel woningen worden versterkt.")
                .param("tasks", "Zoek uit hoe bewoners beter geholpen worden.")
                .param("expectedResult", "Een advies.")
                .param("municipality", "GM1895")
                .param(
                        "rounds",
                        rounds.findAllByOrderByStartDate().get(1).getId().toString())
                .param("capacity", "1")
                .param("supervisorName", "Anja Tuinman")
                .param("supervisorEmail", "anja.tuinman@oldambt.nl")
                .with(HOST)
                .with(csrf());
    }

    private Assignment titled(String title) {
        return assignments.findAll().stream()
                .filter(a -> a.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hostSubmitsAProposalForItsOwnOrganisation() throws Exception {
        long elsewhere =
                organisations.findByCode("provincie-groningen").orElseThrow().getId();
        mvc.perform(proposal("Bewonersondersteuning versterking").param("organisation", String.valueOf(elsewhere)))
                .andExpect(redirectedUrl("/proposals"));

        Assignment submitted = titled("Bewonersondersteuning versterking");
        assertThat(submitted.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(submitted.getOrganisation().getName()).isEqualTo("Gemeente Oldambt");
        mvc.perform(get("/proposals").with(HOST))
                .andExpect(content()
                        .string(allOf(
                                containsString("Bewonersondersteuning versterking"), containsString("ingediend"))));
    }

    @Test
    void submittedProposalIsNotInTheCatalogueUntilApproved() throws Exception {
        mvc.perform(proposal("Nog niet zichtbaar")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assignments").with(user("trainee").roles("TRAINEE")))
                .andExpect(content().string(not(containsString("Nog niet zichtbaar"))));

        long id = titled("Nog niet zichtbaar").getId();
        mvc.perform(post("/assignments/{id}/review", id)
                        .param("decision", "approve")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/assignments/" + id));
        assertThat(titled("Nog niet zichtbaar").getStatus()).isEqualTo(AssignmentStatus.APPROVED);
        mvc.perform(get("/assignments").with(user("trainee").roles("TRAINEE")))
                .andExpect(content().string(containsString("Nog niet zichtbaar")));
    }

    @Test
    void approvingTwiceIsRefusedWithADutchExplanation() throws Exception {
        Assignment approved =
                assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).get(0);
        mvc.perform(post("/assignments/{id}/review", approved.getId())
                        .param("decision", "approve")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/assignments/" + approved.getId()))
                .andExpect(flash().attribute("reviewRefused", "review.refused.notSubmitted"));
        mvc.perform(get("/assignments/{id}", approved.getId())
                        .with(COORDINATOR)
                        .flashAttr("reviewRefused", "review.refused.notSubmitted"))
                .andExpect(content().string(containsString("is niet ingediend en kan nu niet worden beoordeeld")));
    }

    @Test
    void coordinatorCanAskForChangesAndTheHostSeesIt() throws Exception {
        mvc.perform(proposal("Graag aanpassen")).andExpect(status().is3xxRedirection());
        long id = titled("Graag aanpassen").getId();
        mvc.perform(post("/assignments/{id}/review", id)
                        .param("decision", "changes")
                        .param("comment", "Welke gemeenten doen mee?")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assignments/{id}", id).with(HOST))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("wijzigingen gevraagd"), containsString("Welke gemeenten doen mee?"))));
    }

    @Test
    void onlyTheCoordinatorReviews() throws Exception {
        long id = assignments
                .findByStatusOrderByTitle(AssignmentStatus.SUBMITTED)
                .get(0)
                .getId();
        mvc.perform(post("/assignments/{id}/review", id)
                        .param("decision", "approve")
                        .with(HOST)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(assignments.findById(id).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void proposalPagesAreForHostsOnly() throws Exception {
        mvc.perform(get("/proposals/new").with(user("trainee").roles("TRAINEE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/proposals/new").with(HOST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gemeente Oldambt")));
    }

    @Test
    void invalidProposalShowsDutchErrorsAndStoresNothing() throws Exception {
        long before = assignments.count();
        mvc.perform(post("/proposals").param("title", "").with(HOST).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Vul een titel in."), containsString("Kies een gemeente."))));
        assertThat(assignments.count()).isEqualTo(before);
    }
}
