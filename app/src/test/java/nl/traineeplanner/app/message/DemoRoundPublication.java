package nl.traineeplanner.app.message;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings demo round 1 to publication the way a coordinator would, but without waiting for the optimiser: matching is
 * started, the engine's deferred-acceptance plan (which keeps every hard rule) becomes the proposal, and the
 * coordinator publishes it through the round page. Everything is committed, so use it only in a context of its own.
 */
final class DemoRoundPublication {

    private DemoRoundPublication() {}

    /** Proposes a plan for demo round 1 and commits it; returns the round's id. */
    static long propose(ApplicationContext context) {
        RoundRepository rounds = context.getBean(RoundRepository.class);
        TraineeRepository trainees = context.getBean(TraineeRepository.class);
        AssignmentRepository assignments = context.getBean(AssignmentRepository.class);
        PlacementRepository placements = context.getBean(PlacementRepository.class);
        RoundInstances instances = context.getBean(RoundInstances.class);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            Round round = rounds.findAllByOrderByStartDate().get(0);
            round.startMatching(LocalDate.now(), "alle voorkeuren zijn binnen");
            String roundId = String.valueOf(round.getId());
            DeferredAcceptance.plan(new Problem(instances.forRound(round, Weights.DEFAULTS))).stream()
                    .filter(p -> p.round().equals(roundId))
                    .forEach(p -> placements.save(new Placement(
                            trainees.findById(Long.valueOf(p.trainee())).orElseThrow(),
                            round,
                            assignments.findById(Long.valueOf(p.assignment())).orElseThrow())));
            return round.getId();
        });
    }

    /** Publishes the round as the coordinator, through the round page. */
    static void publish(MockMvc mvc, long roundId) throws Exception {
        mvc.perform(post("/rounds/{id}/steps", roundId)
                        .param("step", "PUBLISH")
                        .param("confirm", "true")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(flash().attribute("done", containsString("gepubliceerd")));
    }
}
