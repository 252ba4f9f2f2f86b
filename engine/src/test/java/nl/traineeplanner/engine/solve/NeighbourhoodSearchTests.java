package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.bench.InstanceFamily;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large-neighbourhood search of the time left: it improves a poor plan without breaking a rule, never
 * makes a plan dearer, and the optimiser no longer ends early without a proof.
 */
class NeighbourhoodSearchTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void improvesAPoorPlanAndKeepsEveryRule(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 40, seed));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), Integer.MAX_VALUE);
        // deliberately poor: every trainee left unplaced wherever nothing is pinned
        List<Trajectory> start = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            start.add(pricer.pinsOnly(t));
        }
        long startTotal =
                Scorer.score(problem, Trajectory.placements(problem, start)).total();
        long[] heard = {Long.MAX_VALUE};

        NeighbourhoodSearch.Outcome outcome =
                new NeighbourhoodSearch(problem, pricer, seed).improve(start, steps(20), total -> heard[0] = total);

        List<Placement> placements = Trajectory.placements(problem, outcome.plan());
        long total = Scorer.score(problem, placements).total();
        assertThat(outcome.improvements()).isPositive();
        assertThat(total).isLessThan(startTotal);
        assertThat(heard[0]).isEqualTo(total); // the last improvement heard is the plan returned
        assertThat(RuleChecker.check(problem, placements)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void neverDearerThanItsStartNorCheaperThanTheOptimum(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), Integer.MAX_VALUE);
        List<Placement> deferred = DeferredAcceptance.plan(problem);

        NeighbourhoodSearch.Outcome outcome = new NeighbourhoodSearch(problem, pricer, seed)
                .improve(pricer.fromPlacements(deferred), steps(6), total -> {});

        List<Placement> placements = Trajectory.placements(problem, outcome.plan());
        long total = Scorer.score(problem, placements).total();
        assertThat(total).isLessThanOrEqualTo(Scorer.score(problem, deferred).total());
        assertThat(total).isGreaterThanOrEqualTo(OptimiserBruteForceTests.bruteForceOptimum(problem));
        assertThat(RuleChecker.check(problem, placements)).isEmpty();
    }

    @Test
    void aSolveWithoutProofUsesTheTimeLeftToImproveThePlan() {
        // the path of large instances, which used to end as soon as its heuristics had run
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 60, 1));
        Optimiser.Options options = Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(3));

        Optimiser.Report report = Optimiser.solveReporting(problem, options, true);

        Optimiser.Result result = report.result();
        if (!result.optimal()) {
            assertThat(report.endedWithTimeLeft()).isFalse();
            assertThat(report.neighbourhoods()).isPositive();
        }
        assertThat(RuleChecker.check(problem, result.placements())).isEmpty();
        assertThat(result.objective())
                .isLessThanOrEqualTo(
                        Scorer.score(problem, DeferredAcceptance.plan(problem)).total());
    }

    @Test
    void aStopRequestEndsTheSearchWithAPlanThatKeepsEveryRule() {
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.HEAVY_TAIL, 60, 2));
        int[] asked = {0};
        Optimiser.Options options = Optimiser.Options.defaults()
                .withTimeLimit(Duration.ofSeconds(60))
                .withStop(() -> ++asked[0] > 200);

        Optimiser.Report report = Optimiser.solveReporting(problem, options, true);

        assertThat(report.endedWithTimeLeft()).isFalse(); // stopped, not timed out
        assertThat(RuleChecker.check(problem, report.result().placements())).isEmpty();
        assertThat(report.result().objective())
                .isLessThanOrEqualTo(
                        Scorer.score(problem, DeferredAcceptance.plan(problem)).total());
    }

    /** Time left for a fixed number of questions, then none: a search of so many steps, whatever the machine. */
    private static LongSupplier steps(int questions) {
        int[] asked = {0};
        return () -> asked[0]++ < questions ? 1_000 : 0;
    }
}
