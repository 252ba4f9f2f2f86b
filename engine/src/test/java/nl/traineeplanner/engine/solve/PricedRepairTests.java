package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.bench.InstanceFamily;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A plan repaired from prices keeps every hard rule and the cap on preference cost, whatever the prices. */
class PricedRepairTests {

    private static final long[] CAPS = {0, 10, 300, 600, Long.MAX_VALUE};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void keepsEveryRuleAndTheCapOnRandomInstances(long seed) {
        Random random = new Random(seed);
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(random));
        Pricer pricer = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        for (long cap : CAPS) {
            double[][] prices = LagrangianTests.randomPrices(problem, random);
            List<Trajectory> plan =
                    new PricedRepair(problem, pricer).plan(Pricer.Duals.charges((a, r) -> prices[a][r]), cap);

            assertThat(plan).hasSize(problem.traineeCount());
            assertThat(plan).allSatisfy(tr -> assertThat(tr.preference()).isLessThanOrEqualTo(cap));
            assertThat(OptimiserBruteForceTests.keepsHardRules(problem, Trajectory.placements(problem, plan)))
                    .isTrue();
        }
    }

    @Test
    void keepsEveryRuleAndTheCapWhereMostChoicesAreFullAndCandidatesFew() {
        // heavy-tailed popularity: most trainees want the same few places, and with two unranked candidates
        // a round is often left to the cheapest free place among all assignments
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.HEAVY_TAIL, 150, 1));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), 2);
        Pricer.Duals free = Pricer.Duals.charges((a, r) -> 0);
        for (long cap : new long[] {600, Long.MAX_VALUE}) {
            List<Trajectory> plan = new PricedRepair(problem, pricer).plan(free, cap);

            List<Placement> placements = Trajectory.placements(problem, plan);
            assertThat(RuleChecker.check(problem, placements)).isEmpty();
            assertThat(plan).allSatisfy(tr -> assertThat(tr.preference()).isLessThanOrEqualTo(cap));
            if (cap == Long.MAX_VALUE) {
                assertThat(placements)
                        .hasSize(plan.stream()
                                .mapToInt(tr -> pricer.roundsOf(tr.trainee()).length)
                                .sum()); // uncapped, every trainee has a place in every round
            }
        }
    }
}
