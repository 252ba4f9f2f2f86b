package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;

/**
 * Why a round is planned together with the later rounds whose assignments are known. Anna likes the "wadden"
 * assignment of the province best in round 1; in round 2 only the province offers something. Planned round by round,
 * round 1 gives her the province's assignment, and in round 2 she cannot go back to the province (H4): she is left
 * without a place. Planned ahead, round 1 gives her her second choice, and round 2 has a place for her.
 */
class PlanningAheadTests {

    private static final Optimiser.Options OPTIONS =
            Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(20));

    private static InstanceBuilder twoRounds() {
        return InstanceBuilder.withRounds("R1", "R2")
                .organisation("province")
                .organisation("city")
                .assignment("wadden", "province", a -> a.rounds("R1"))
                .assignment("housing", "city", a -> a.rounds("R1"))
                .assignment("energy", "province", a -> a.rounds("R2"))
                .trainee("anna", t -> t.preferences("wadden", "housing", "energy"));
    }

    @Test
    void roundByRoundLeavesHerWithoutAPlaceInRoundTwoAndPlanningAheadDoesNot() {
        Problem ahead = new Problem(twoRounds().build());
        Optimiser.Result planned = Optimiser.solve(ahead, OPTIONS);
        assertThat(planned.optimal()).isTrue();
        assertThat(planned.placements())
                .containsExactlyInAnyOrder(
                        new Placement("anna", "R1", "housing"), new Placement("anna", "R2", "energy"));

        // round by round: round 1 alone gives her the first choice ...
        Instance roundOne = InstanceBuilder.withRounds("R1")
                .organisation("province")
                .organisation("city")
                .assignment("wadden", "province")
                .assignment("housing", "city")
                .trainee("anna", t -> t.preferences("wadden", "housing"))
                .build();
        Optimiser.Result first = Optimiser.solve(new Problem(roundOne), OPTIONS);
        assertThat(first.placements()).containsExactly(new Placement("anna", "R1", "wadden"));

        // ... and with that fixed, round 2 has no place she may take
        Problem afterwards = new Problem(ahead.instance().withPinned(first.placements()));
        Optimiser.Result second = Optimiser.solve(afterwards, OPTIONS);
        assertThat(second.placements()).doesNotContain(new Placement("anna", "R2", "energy"));
        assertThat(second.placements()).filteredOn(p -> p.round().equals("R2")).isEmpty();
        assertThat(second.objective())
                .as("round by round costs more over both rounds, on the same data")
                .isGreaterThan(planned.objective());
    }
}
