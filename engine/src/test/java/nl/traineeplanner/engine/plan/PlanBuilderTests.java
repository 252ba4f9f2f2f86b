package nl.traineeplanner.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import nl.traineeplanner.engine.solve.Optimiser;
import org.junit.jupiter.api.Test;

class PlanBuilderTests {

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    private static Plan build(InstanceBuilder instance, boolean optimal, Placement... placements) {
        Problem problem = instance.problem();
        long total = Scorer.score(problem, List.of(placements)).total();
        return PlanBuilder.build(problem, new Optimiser.Result(optimal, List.of(placements), total, total - 5, 42));
    }

    private static InstanceBuilder twoPlacesThreeTrainees() {
        return InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .trainee("T2", t -> t.preferences("A2"))
                .trainee("T3");
    }

    @Test
    void carriesTheScorersCostAndTheOptimisersFigures() {
        Plan plan = build(twoPlacesThreeTrainees(), true, at("T2", "R1", "A2"), at("T1", "R1", "A1"));
        assertThat(plan.status()).isEqualTo(Plan.Status.OPTIMAL);
        assertThat(plan.objective()).isEqualTo(100_000 + 60); // T3 unplaced and without a programme
        assertThat(plan.cost().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(plan.objective());
        assertThat(plan.bound()).isEqualTo(plan.objective() - 5);
        assertThat(plan.solveMillis()).isEqualTo(42);
        assertThat(plan.placements()).containsExactly(at("T1", "R1", "A1"), at("T2", "R1", "A2"));
        assertThat(plan.perTrainee()).containsEntry("T3", 60L).containsEntry("T1", 0L);
        assertThat(plan.explanations()).isNotNull();
    }

    @Test
    void summarisesThePlanWithItsBlockingPairsAndGap() {
        // A1's host would rather have T1, who would rather have A1 than A2: a blocking pair.
        var instance = twoPlacesThreeTrainees().hostRanking("A1", "T1", "T2");
        Plan plan = build(instance, false, at("T1", "R1", "A2"), at("T2", "R1", "A1"));
        assertThat(plan.blockingPairs()).containsExactly(at("T1", "R1", "A1"));
        // T1 at its 2nd choice, T2 at an assignment it did not rank (counted as rank 2), T3 ranked nothing
        assertThat(plan.summary()).isEqualTo(new PlanMetrics(2, 0, 2, 2, 1, 1, 0, 1));
        assertThat(plan.gap()).isEqualTo(5);
        assertThat(plan.gapPercent()).isEqualTo(100.0 * 5 / plan.objective());
    }

    @Test
    void refusesAResultWhoseObjectiveTheScorerDoesNotConfirm() {
        Problem problem = twoPlacesThreeTrainees().problem();
        var result = new Optimiser.Result(true, List.of(at("T1", "R1", "A1")), 7, 7, 1);
        assertThatThrownBy(() -> PlanBuilder.build(problem, result))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("objective 7");
    }

    @Test
    void explainsAnUnplacedTraineeByTooFewPlacesInTheRound() {
        Plan plan = build(twoPlacesThreeTrainees(), true, at("T1", "R1", "A1"), at("T2", "R1", "A2"));
        assertThat(plan.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.trainee()).isEqualTo("T3");
            assertThat(u.reason()).isEqualTo("ronde R1: 3 trainees, 2 plaatsen");
            assertThat(u.reasonEn()).isEqualTo("round R1: 3 trainees, 2 places");
        });
    }

    @Test
    void explainsAnUnplacedTraineeForWhomEveryAssignmentIsForbidden() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1", 53.0, 7.0)
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.home(53.3, 6.5).maxTravelKm(20).excludes("o2"));
        assertThat(build(instance, true).unplaced().get(0).reason())
                .isEqualTo("elke opdracht in ronde R1 is voor deze trainee bij een uitgesloten organisatie of verder"
                        + " dan 20 km");
    }

    @Test
    void explainsAnUnplacedTraineeWhoseSuitablePlacesAreTaken() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.excludes("o2"))
                .trainee("T2");
        assertThat(build(instance, true, at("T2", "R1", "A1")).unplaced().get(0).reason())
                .isEqualTo("alle passende plaatsen zijn bezet door trainees voor wie dat beter uitkomt");
    }

    @Test
    void saysTheSearchStoppedWhenAFreePlaceWasLeftInAPlanNotProvenOptimal() {
        var instance = twoPlacesThreeTrainees().assignment("A3", "o1");
        assertThat(build(instance, false, at("T1", "R1", "A1"), at("T2", "R1", "A2"))
                        .unplaced()
                        .get(0)
                        .reasonEn())
                .startsWith("a suitable place is free, but the search stopped");
    }
}
