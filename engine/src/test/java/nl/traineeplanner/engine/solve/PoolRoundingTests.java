package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rounding a pool of trajectories into a plan, on random small instances: never a dearer plan, never a broken
 * rule; and the search with two workers finds what the exact integer programme over the same pool finds.
 */
class PoolRoundingTests {

    private static final Pricer.Duals FREE = Pricer.Duals.charges((a, r) -> 0);

    static {
        MasterProblem.loadNativeLibraries();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void roundsToAPlanNoDearerThatKeepsEveryRule(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        Pricer pricer = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> rounded =
                new PoolRounding(problem, pricer).round(pricer.fromPlacements(start), FREE, () -> 5_000);

        List<Placement> placements = Trajectory.placements(problem, rounded);
        assertThat(OptimiserBruteForceTests.keepsHardRules(problem, placements)).isTrue();
        assertThat(Scorer.score(problem, placements).total())
                .isLessThanOrEqualTo(Scorer.score(problem, start).total())
                .isGreaterThanOrEqualTo(OptimiserBruteForceTests.bruteForceOptimum(problem));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void searchWithTwoWorkersFindsTheOptimumOfThePool(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        Pricer pricer = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        MasterProblem pool = new MasterProblem(problem);
        List<Trajectory> start = pricer.fromPlacements(DeferredAcceptance.plan(problem));
        int[] hint = new int[start.size()];
        long cap = 0;
        for (Trajectory tr : start) {
            pool.add(tr);
            hint[tr.trainee()] = pool.indexOf(tr);
            cap = Math.max(cap, tr.preference());
        }
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (Pricer.Priced p : pricer.cheapest(t, FREE, cap, 5)) {
                pool.add(p.trajectory());
            }
        }

        MasterProblem.IntegerSolution exact = pool.solveInteger(cap, 10_000, hint);
        MasterProblem.IntegerSolution searched = pool.searchInteger(cap, 10_000, hint);

        assertThat(exact.optimal()).isTrue();
        assertThat(searched.optimal()).isTrue();
        assertThat(searched.objective()).isEqualTo(exact.objective()).isEqualTo(pool.cost(searched.chosen()));
        assertThat(searched.objective()).isLessThanOrEqualTo(pool.cost(hint));
        assertThat(pool.worstPreference(searched.chosen())).isLessThanOrEqualTo(cap);
        List<Trajectory> plan = Arrays.stream(searched.chosen())
                .mapToObj(j -> pool.pool().get(j))
                .toList();
        assertThat(OptimiserBruteForceTests.keepsHardRules(problem, Trajectory.placements(problem, plan)))
                .isTrue();
    }
}
