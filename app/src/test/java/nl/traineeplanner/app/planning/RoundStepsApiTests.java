package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a round's cycle over JSON ({@code POST /api/rounds/{id}/steps}), each answered with the round's new
 * status, and the refusals of the steps that are not possible now as 409 problems, the round unchanged after each.
 */
@WebAppTest
@Transactional
class RoundStepsApiTests {

    private static final RequestPostProcessor COORDINATOR = CohortCreationTests.COORDINATOR;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundInstances instances;

    private Round first;
    private Round second;

    @BeforeEach
    void demoRounds() {
        List<Round> demo = rounds.findAllByOrderByStartDate();
        first = demo.get(0);
        second = demo.get(1);
    }

    private ResultActions step(Round round, String body) throws Exception {
        return mvc.perform(post("/api/rounds/{id}/steps", round.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(COORDINATOR));
    }

    private List<AuditAction> actionsOf(Round round) {
        return audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()).stream()
                .map(AuditEvent::getAction)
                .toList();
    }

    /** The engine's deferred-acceptance plan (which keeps every hard rule) as the round's proposal. */
    private void propose(Round round) {
        String roundId = String.valueOf(round.getId());
        DeferredAcceptance.plan(new Problem(instances.forRound(round, Weights.DEFAULTS))).stream()
                .filter(p -> p.round().equals(roundId))
                .forEach(p -> placements.save(new Placement(
                        trainees.findById(Long.valueOf(p.trainee())).orElseThrow(),
                        round,
                        assignments.findById(Long.valueOf(p.assignment())).orElseThrow())));
        placements.flush();
    }

    @Test
    void everyStepOfTheCycleAndTheRefusalsLeaveTheRoundAsItWas() throws Exception {
        step(second, "{\"step\": \"OPEN_PREFERENCES\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PREFERENCES_OPEN")))
                .andExpect(jsonPath("$.nextStep", is("START_MATCHING")));
        assertThat(second.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);

        // the preferences deadline of round 1 (15-12-2026) has not passed on 1-12-2026
        step(first, "{\"step\": \"START_MATCHING\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.matching.early")))
                .andExpect(jsonPath("$.detail", containsString("Geef een reden")));
        step(first, "{\"step\": \"START_MATCHING\", \"reason\": \"   \"}").andExpect(status().isConflict());
        assertThat(rounds.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
        step(first, "{\"step\": \"PUBLISH\", \"confirm\": true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.step.notNow")));
        assertThat(first.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);

        step(first, "{\"step\": \"START_MATCHING\", \"reason\": \"alle voorkeuren zijn binnen\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("MATCHING")));
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(first.getId()))
                .filteredOn(e -> e.getAction() == AuditAction.MATCHING_STARTED)
                .singleElement()
                .extracting(AuditEvent::getReason)
                .isEqualTo("alle voorkeuren zijn binnen");

        step(first, "{\"step\": \"PUBLISH\", \"confirm\": true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.publish.nothing")));
        propose(first);
        step(first, "{\"step\": \"PUBLISH\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.publish.notConfirmed")))
                .andExpect(jsonPath("$.detail", containsString("Er is niets gepubliceerd")));
        step(first, "{\"step\": \"PUBLISH\", \"confirm\": false}").andExpect(status().isConflict());
        assertThat(first.getStatus()).isEqualTo(RoundStatus.MATCHING);
        assertThat(placements.findByRoundIdAndStatus(first.getId(), PlacementStatus.PUBLISHED))
                .isEmpty();

        step(first, "{\"step\": \"PUBLISH\", \"confirm\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PUBLISHED")))
                .andExpect(jsonPath("$.startAndEndFixed", is(true)));
        assertThat(placements.findByRoundIdAndStatus(first.getId(), PlacementStatus.PUBLISHED))
                .isNotEmpty();
        step(first, "{\"step\": \"START\"}").andExpect(jsonPath("$.status", is("RUNNING")));
        step(first, "{\"step\": \"CLOSE\"}")
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.nextStep", nullValue()));
        step(first, "{\"step\": \"CLOSE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.step.notNow")));
        step(first, "{}").andExpect(status().isBadRequest());
        assertThat(first.getStatus()).isEqualTo(RoundStatus.CLOSED);
        assertThat(actionsOf(first))
                .containsSubsequence(
                        AuditAction.ROUND_CLOSED,
                        AuditAction.ROUND_STARTED,
                        AuditAction.ROUND_PUBLISHED,
                        AuditAction.MATCHING_STARTED);
    }
}
