package nl.traineeplanner.app.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.message.MessageKind;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * After publication a trainee reads their placement, why it is there in the engine's words, and asks that a person
 * looks at it again; that request reaches the coordinator and the audit trail. Nobody else reaches the page.
 */
@WebAppTest
@Transactional
class PlacementPagesTests {

    private static final RequestPostProcessor ANNA = SignIn.as("trainee");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private RoundInstances instances;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundDecisions decisions;

    @Autowired
    private HumanReviewRequestRepository requests;

    @Autowired
    private MessageRepository messages;

    @Autowired
    private AuditTrail audit;

    private Round round;
    private Placement annas;

    /** Round 1 planned by deferred acceptance and published, in this test's transaction. */
    @BeforeEach
    void publishRoundOne() {
        round = rounds.findAllByOrderByStartDate().get(0);
        round.startMatching(LocalDate.of(2026, 12, 1), "alle voorkeuren zijn binnen");
        String roundId = String.valueOf(round.getId());
        DeferredAcceptance.plan(new Problem(instances.forRound(round, Weights.DEFAULTS))).stream()
                .filter(p -> p.round().equals(roundId))
                .forEach(p -> placements.save(new Placement(
                        trainees.findById(Long.valueOf(p.trainee())).orElseThrow(),
                        round,
                        assignments.findById(Long.valueOf(p.assignment())).orElseThrow())));
        nl.traineeplanner.app.AsCoordinator.run(() -> decisions.publish(round, null, "coordinator"));
        annas = placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED).stream()
                .filter(p -> p.getTrainee().getName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTraineeReadsWhereAndWhyInTheEnginesWords() throws Exception {
        mvc.perform(get("/my").with(ANNA))
                .andExpect(content().string(containsString("/my/placements/" + annas.getId())));
        mvc.perform(get("/my/placements/{id}", annas.getId()).with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(annas.getAssignment().getTitle()),
                                containsString(
                                        annas.getAssignment().getSupervisor().name()),
                                containsString("Waarom deze plaatsing?"),
                                containsString("keuze van de trainee"),
                                containsString("reisafstand"))));
    }

    @Test
    void aRequestForAPersonToLookReachesTheCoordinatorOnce() throws Exception {
        mvc.perform(post("/my/placements/{id}/review", annas.getId())
                        .param("reason", " ")
                        .with(ANNA)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf waarom")));
        assertThat(requests.findByPlacementId(annas.getId())).isEmpty();

        mvc.perform(post("/my/placements/{id}/review", annas.getId())
                        .param("reason", "Ik woon in Delfzijl en reis liever niet naar het zuiden.")
                        .with(ANNA)
                        .with(csrf()))
                .andExpect(redirectedUrl("/my/placements/" + annas.getId()));

        assertThat(requests.findByPlacementId(annas.getId())).isPresent();
        assertThat(messages.findByRoundIdOrderById(round.getId()))
                .filteredOn(m -> m.getKind() == MessageKind.HUMAN_REVIEW_REQUESTED)
                .extracting(m -> m.getRecipientAccount().getUsername())
                .containsExactly("coordinator");
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()))
                .extracting(AuditEvent::getAction, AuditEvent::getReason)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        AuditAction.HUMAN_REVIEW_REQUESTED,
                        "Ik woon in Delfzijl en reis liever niet naar het zuiden."));
        mvc.perform(get("/rounds/{id}", round.getId()).with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString("Ik woon in Delfzijl")));

        mvc.perform(post("/my/placements/{id}/review", annas.getId())
                        .param("reason", "Nog een keer")
                        .with(ANNA)
                        .with(csrf()))
                .andExpect(content().string(containsString("al gevraagd")));
        assertThat(requests.findAll()).hasSize(1);
    }

    @Test
    void aHostSeesTheTraineesPlacedWithItWithContactDetailsAndNoOneElse() throws Exception {
        List<Placement> published = placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED);
        Placement atHost = published.stream()
                .filter(p -> List.of("gemeente-oldambt", "provincie-groningen")
                        .contains(p.getAssignment().getOrganisation().getCode()))
                .findFirst()
                .orElseThrow();
        String code = atHost.getAssignment().getOrganisation().getCode();
        RequestPostProcessor host = SignIn.as(code.equals("gemeente-oldambt") ? "host" : "provincie");
        Placement elsewhere = published.stream()
                .filter(p -> !p.getAssignment().getOrganisation().getCode().equals(code))
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/host").with(host))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(atHost.getTrainee().getName()),
                                containsString(atHost.getTrainee().getEmail()),
                                containsString(
                                        atHost.getAssignment().getSupervisor().name()),
                                org.hamcrest.Matchers.not(
                                        containsString(elsewhere.getTrainee().getEmail())))));
    }

    @Test
    void nobodyElseReachesTheTraineesPlacement() throws Exception {
        for (RequestPostProcessor other : List.of(SignIn.as("bram"), SignIn.as("host"), SignIn.as("coordinator"))) {
            mvc.perform(get("/my/placements/{id}", annas.getId()).with(other))
                    .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
            mvc.perform(post("/my/placements/{id}/review", annas.getId())
                            .param("reason", "Namens Anna")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        }
        assertThat(requests.findAll()).isEmpty();
    }
}
