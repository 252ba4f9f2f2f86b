package nl.traineeplanner.app.assignment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageKind;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's whole life between a host and the coordinator: a draft, submitted before the intake deadline, sent back
 * with a comment that reaches the host, changed and submitted again, approved; withdrawn; and who may do none of it.
 * The demo's "today" is 1 December 2026: round 1's intake is over, round 2's is open until 1 May 2027.
 */
@WebAppTest
@Transactional
class ProposalWorkflowTests {

    private static final RequestPostProcessor OLDAMBT = SignIn.as("host");
    private static final RequestPostProcessor PROVINCIE = SignIn.as("provincie");
    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private MessageRepository messages;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AuditTrail audit;

    private Round round(int number) {
        return rounds.findAllByOrderByStartDate().get(number - 1);
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title, Round round) {
        return request.param("title", title)
                .param("programme", "npg")
                .param("domain", "wonen-versterking")
                .param("context", "Veel woningen worden versterkt.")
                .param("tasks", "Zoek uit hoe bewoners beter geholpen worden.")
                .param("expectedResult", "Een advies.")
                .param("municipality", "GM1895")
                .param("rounds", round.getId().toString())
                .param("capacity", "1")
                .param("supervisorName", "Anja Tuinman")
                .param("supervisorEmail", "anja.tuinman@oldambt.nl")
                .with(csrf());
    }

    private Assignment titled(String title) {
        return assignments.findAll().stream()
                .filter(a -> a.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private List<Message> hostMessages() {
        long host = accounts.findByUsername("host").orElseThrow().getId();
        return messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(host);
    }

    @Test
    void draftChangesRequestedWithACommentResubmittedApproved() throws Exception {
        // a draft: saved, not submitted, and the planner's penalty for an empty place cannot be set by the host
        mvc.perform(filled(post("/proposals"), "Bewonersavonden", round(2))
                        .param("action", "draft")
                        .param("unfilledPenalty", "500")
                        .with(OLDAMBT))
                .andExpect(redirectedUrl("/proposals"))
                .andExpect(flash().attribute("drafted", "Bewonersavonden"));
        Assignment proposal = titled("Bewonersavonden");
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.DRAFT);
        assertThat(proposal.getUnfilledPenalty()).isZero();

        // submitted from the draft
        mvc.perform(filled(post("/proposals/{id}/edit", proposal.getId()), "Bewonersavonden", round(2))
                        .param("version", String.valueOf(proposal.getVersion()))
                        .param("action", "submit")
                        .with(OLDAMBT))
                .andExpect(redirectedUrl("/proposals"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);

        // changes asked: without a comment refused, with one the host reads it in the planner
        mvc.perform(post("/assignments/{id}/review", proposal.getId())
                        .param("decision", "changes")
                        .param("comment", " ")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("reviewRefused", "review.refused.commentRequired"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        int before = hostMessages().size();

        mvc.perform(post("/assignments/{id}/review", proposal.getId())
                        .param("decision", "changes")
                        .param("comment", "Hoeveel avonden, en in welke dorpen?")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("reviewed", "CHANGES_REQUESTED"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.CHANGES_REQUESTED);
        assertThat(hostMessages()).hasSize(before + 1);
        Message told = hostMessages().get(0);
        assertThat(told.getKind()).isEqualTo(MessageKind.PROPOSAL_REVIEWED);
        assertThat(told.getNote()).isEqualTo("Hoeveel avonden, en in welke dorpen?");
        mvc.perform(get("/messages").with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("Wijzigingen gevraagd in uw voorstel &quot;Bewonersavonden&quot;"),
                                containsString("Hoeveel avonden, en in welke dorpen?"))));
        mvc.perform(get("/proposals").with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("Hoeveel avonden, en in welke dorpen?"),
                                containsString("Wijzigen en opnieuw indienen"))));

        // changed and submitted again, then approved
        mvc.perform(filled(post("/proposals/{id}/edit", proposal.getId()), "Vier bewonersavonden", round(2))
                        .param("version", String.valueOf(proposal.getVersion()))
                        .param("action", "submit")
                        .with(OLDAMBT))
                .andExpect(redirectedUrl("/proposals"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(proposal.getTitle()).isEqualTo("Vier bewonersavonden");
        mvc.perform(post("/assignments/{id}/review", proposal.getId())
                        .param("decision", "approve")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("reviewed", "APPROVED"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.APPROVED);

        assertThat(audit.findByAssignmentIdOrderByOccurredAtDescIdDesc(proposal.getId()))
                .extracting(AuditEvent::getAction)
                .containsSubsequence(
                        AuditAction.PROPOSAL_REVIEWED,
                        AuditAction.PROPOSAL_SUBMITTED,
                        AuditAction.PROPOSAL_REVIEWED,
                        AuditAction.PROPOSAL_SUBMITTED,
                        AuditAction.PROPOSAL_SAVED);
        mvc.perform(get("/assignments/{id}", proposal.getId()).with(COORDINATOR))
                .andExpect(content().string(containsString("Geschiedenis van dit voorstel")));
    }

    @Test
    void aProposalForARoundWhoseIntakeIsOverIsRefusedButCanBeKeptAsADraft() throws Exception {
        long before = assignments.count();
        mvc.perform(filled(post("/proposals"), "Te laat", round(1)).with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("De intake is gesloten voor Ronde 1"),
                                containsString("value=\"Te laat\""))));
        assertThat(assignments.count()).isEqualTo(before);

        mvc.perform(filled(post("/proposals"), "Te laat", round(1))
                        .param("action", "draft")
                        .with(OLDAMBT))
                .andExpect(redirectedUrl("/proposals"));
        assertThat(titled("Te laat").getStatus()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void aHostWithdrawsASubmittedProposalButNotAnApprovedOne() throws Exception {
        mvc.perform(filled(post("/proposals"), "Toch niet", round(2)).with(OLDAMBT));
        Assignment proposal = titled("Toch niet");
        mvc.perform(post("/proposals/{id}/withdraw", proposal.getId())
                        .with(OLDAMBT)
                        .with(csrf()))
                .andExpect(flash().attribute("withdrawn", "Toch niet"));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.WITHDRAWN);

        Assignment approved = assignments
                .findByOrganisationIdOrderByTitle(proposal.getOrganisation().getId())
                .stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/proposals/{id}/withdraw", approved.getId())
                        .with(OLDAMBT)
                        .with(csrf()))
                .andExpect(flash().attribute("refusedCode", "proposal.refused.notWithdrawable"));
        assertThat(approved.getStatus()).isEqualTo(AssignmentStatus.APPROVED);
    }

    @Test
    void aSaveFromAnOlderPageIsRefusedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(filled(post("/proposals"), "Concept", round(2))
                .param("action", "draft")
                .with(OLDAMBT));
        Assignment draft = titled("Concept");
        long read = draft.getVersion();
        mvc.perform(filled(post("/proposals/{id}/edit", draft.getId()), "Concept, elders gewijzigd", round(2))
                .param("version", String.valueOf(read))
                .param("action", "draft")
                .with(OLDAMBT));
        assignments.flush();

        mvc.perform(filled(post("/proposals/{id}/edit", draft.getId()), "Mijn versie", round(2))
                        .param("version", String.valueOf(read))
                        .param("action", "draft")
                        .with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Mijn versie\"")));
        assertThat(draft.getTitle()).isEqualTo("Concept, elders gewijzigd");
    }

    @Test
    void anotherOrganisationsProposalCannotBeChangedOrWithdrawn() throws Exception {
        mvc.perform(filled(post("/proposals"), "Van Oldambt", round(2)).with(OLDAMBT));
        Assignment oldambts = titled("Van Oldambt");

        mvc.perform(get("/proposals/{id}/edit", oldambts.getId()).with(PROVINCIE))
                .andExpect(status().isForbidden());
        mvc.perform(filled(post("/proposals/{id}/edit", oldambts.getId()), "Gekaapt", round(2))
                        .param("version", String.valueOf(oldambts.getVersion()))
                        .with(PROVINCIE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/proposals/{id}/withdraw", oldambts.getId())
                        .with(PROVINCIE)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/proposals").with(PROVINCIE)).andExpect(content().string(not(containsString("Van Oldambt"))));

        assertThat(oldambts.getTitle()).isEqualTo("Van Oldambt");
        assertThat(oldambts.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    private static String json(String title, Round round, Long version) {
        return """
                {%s"title": "%s", "organisation": 1, "programme": "tvg", "domain": "data",
                 "context": "Veel data, weinig inzicht.", "tasks": "Bouw een dashboard.",
                 "expectedResult": "Een dashboard.", "municipality": "GM1895",
                 "rounds": [%d], "capacity": 1, "supervisorName": "Eva Hofstra", "unfilledPenalty": 900,
                 "supervisorEmail": "eva.hofstra@oldambt.nl"}
                """.formatted(version == null ? "" : "\"version\": " + version + ", ", title, round.getId());
    }

    @Test
    void theApiCarriesTheWholeLifeOfAProposal() throws Exception {
        mvc.perform(post("/api/proposals")
                        .param("submit", "false")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Via de API", round(2), null))
                        .with(OLDAMBT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")));
        Assignment proposal = titled("Via de API");
        assertThat(proposal.getOrganisation().getName()).isEqualTo("Gemeente Oldambt");
        assertThat(proposal.getUnfilledPenalty()).isZero();

        mvc.perform(put("/api/proposals/{id}", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Via de API", round(1), proposal.getVersion()))
                        .with(OLDAMBT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field", is("rounds")))
                .andExpect(jsonPath("$.detail", containsString("De intake is gesloten voor Ronde 1")));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.DRAFT);
        mvc.perform(put("/api/proposals/{id}", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Via de API", round(2), proposal.getVersion() + 3))
                        .with(OLDAMBT))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/proposals/{id}", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Gekaapt", round(2), proposal.getVersion()))
                        .with(PROVINCIE))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/proposals/{id}", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Via de API", round(2), proposal.getVersion()))
                        .with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("SUBMITTED")));

        mvc.perform(post("/api/assignments/{id}/review", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REQUEST_CHANGES\"}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field", is("comment")));
        mvc.perform(post("/api/assignments/{id}/review", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVE\"}")
                        .with(OLDAMBT))
                .andExpect(status().isForbidden());
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        mvc.perform(post("/api/assignments/{id}/review", proposal.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REQUEST_CHANGES\", \"comment\": \"Welke data?\"}")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CHANGES_REQUESTED")))
                .andExpect(jsonPath("$.reviewComment", is("Welke data?")));

        mvc.perform(get("/api/proposals").with(OLDAMBT))
                .andExpect(jsonPath("$[?(@.title == 'Via de API')].reviewComment", contains("Welke data?")));
        mvc.perform(post("/api/proposals/{id}/withdraw", proposal.getId()).with(PROVINCIE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/proposals/{id}/withdraw", proposal.getId()).with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("WITHDRAWN")));
        mvc.perform(get("/api/proposals").with(SignIn.as("trainee"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCoordinatorReviewsAndNobodyElseIsTold() throws Exception {
        mvc.perform(filled(post("/proposals"), "Ter beoordeling", round(2)).with(OLDAMBT));
        Assignment proposal = titled("Ter beoordeling");
        int before = hostMessages().size();
        for (RequestPostProcessor other : List.of(OLDAMBT, SignIn.as("trainee"))) {
            mvc.perform(post("/assignments/{id}/review", proposal.getId())
                            .param("decision", "reject")
                            .param("comment", "Nee")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(hostMessages()).hasSize(before);
        long provincie = accounts.findByUsername("provincie").orElseThrow().getId();

        mvc.perform(post("/assignments/{id}/review", proposal.getId())
                .param("decision", "reject")
                .param("comment", "Past niet in het programma.")
                .with(COORDINATOR)
                .with(csrf()));
        assertThat(proposal.getStatus()).isEqualTo(AssignmentStatus.REJECTED);
        assertThat(messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(provincie))
                .as("another organisation's host hears nothing")
                .noneMatch(m -> m.getKind() == MessageKind.PROPOSAL_REVIEWED);
    }
}
