package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test of settling a range of worst-off preference costs under a cap, against every plan of small
 * random instances: the bound is never above the least total in the range, and a range called settled holds
 * no plan cheaper than the best total known after it.
 */
class CappedSolverSettleTests {

    /** A plan that keeps every hard rule: its total and its worst-off trainee's preference cost. */
    private record Plan(long total, long worst) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void settlingARangeNeverMissesABetterPlanInIt(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        List<Plan> plans = everyPlan(problem);
        long optimum = plans.stream().mapToLong(Plan::total).min().orElseThrow();
        long fairness = problem.weights().fairness();
        TreeSet<Long> worsts = new TreeSet<>();
        plans.forEach(p -> worsts.add(p.worst()));
        int checked = 0;
        for (long cap : worsts) {
            for (long worstFrom : worsts.headSet(cap, true)) {
                long rangeLeast = plans.stream()
                        .filter(p -> p.worst() >= worstFrom && p.worst() <= cap)
                        .mapToLong(Plan::total)
                        .min()
                        .orElseThrow();
                // the least cost without fairness under the cap: a known bound that settles the top of a range
                long capBound = plans.stream()
                        .filter(p -> p.worst() <= cap)
                        .mapToLong(p -> p.total() - fairness * p.worst())
                        .min()
                        .orElseThrow();
                long[] uppers = {optimum, optimum + 1, rangeLeast, rangeLeast + 1, rangeLeast + 500};
                for (int u = 0; u < uppers.length * 2; u++) {
                    long upper = uppers[u / 2];
                    long known = u % 2 == 0 ? 0 : capBound;
                    Pricer pricer = new Pricer(problem, problem.instance().pinned(), Integer.MAX_VALUE);
                    MasterProblem master = new MasterProblem(problem);
                    for (int t = 0; t < problem.traineeCount(); t++) {
                        master.add(pricer.pinsOnly(t));
                    }
                    CappedSolver solver = new CappedSolver(problem, pricer, master, () -> 30_000, () -> 0);

                    CappedSolver.Settled settled =
                            solver.settle(cap, worstFrom, upper, null, CappedSolver.MAX_ENUMERATED_COLUMNS, known);

                    assertThat(settled.lowerBound()).as("bound").isLessThanOrEqualTo(rangeLeast);
                    long best = upper;
                    if (settled.chosen() != null) {
                        long total = totalOf(problem, master, settled.chosen());
                        assertThat(total).as("a plan found").isGreaterThanOrEqualTo(optimum);
                        best = Math.min(best, total);
                    }
                    if (settled.exact()) {
                        assertThat(rangeLeast)
                                .as("cap %d from %d below %d", cap, worstFrom, upper)
                                .isGreaterThanOrEqualTo(best);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    private static long totalOf(Problem problem, MasterProblem master, int[] chosen) {
        List<Placement> placements = new ArrayList<>();
        for (int j : chosen) {
            master.pool().get(j).addPlacements(problem, placements);
        }
        return Scorer.score(problem, placements).total();
    }

    private static List<Plan> everyPlan(Problem problem) {
        List<Plan> plans = new ArrayList<>();
        OptimiserBruteForceTests.forEveryPlan(problem, placements -> {
            Scorer.Score score = Scorer.score(problem, placements);
            long worst = 0;
            for (long p : score.preferencePerTrainee()) {
                worst = Math.max(worst, p);
            }
            plans.add(new Plan(score.total(), worst));
        });
        return plans;
    }
}
