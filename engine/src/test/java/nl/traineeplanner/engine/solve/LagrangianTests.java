package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds of instances too large for every placement to be a candidate: on random small instances whose
 * pricing keeps few or none of the unranked placements, no bound may exceed what a trajectory or a plan costs.
 */
class LagrangianTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void relaxedPriceIsAtMostThePriceOfEveryTrajectory(long seed) {
        Random random = new Random(seed);
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(random));
        Pricer complete = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        for (int unranked = 1; unranked <= 2; unranked++) {
            Pricer limited = new Pricer(problem, List.of(), unranked);
            for (int draw = 0; draw < 20; draw++) {
                double[][] prices = randomPrices(problem, random);
                Pricer.Duals duals = (a, r) -> prices[a][r];
                for (int t = 0; t < problem.traineeCount(); t++) {
                    double cheapest =
                            complete.cheapest(t, duals, Long.MAX_VALUE).price();
                    assertThat(limited.cheapestRelaxed(t, duals).price()).isLessThanOrEqualTo(cheapest + 1e-9);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void boundNeverExceedsTheOptimumWithFewCandidates(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        long optimum = OptimiserBruteForceTests.bruteForceOptimum(problem);
        for (int unranked = 1; unranked <= 2; unranked++) {
            Lagrangian lagrangian = new Lagrangian(problem, new Pricer(problem, List.of(), unranked));
            int[] steps = {200};
            long bound = lagrangian.run(optimum + 1_000, () -> steps[0]-- > 0 ? 1 : 0, 0);
            assertThat(bound).isLessThanOrEqualTo(optimum);
        }
    }

    @Test
    void theStepGrowsAfterBetterBoundsInARowAndHalvesAfterStalling() {
        Lagrangian.StepLength step = new Lagrangian.StepLength();
        double start = step.factor();
        for (int i = 1; i < Lagrangian.StepLength.IMPROVING; i++) {
            step.improved();
        }
        assertThat(step.factor()).isEqualTo(start);
        step.stalled(); // the run is broken: it starts again
        for (int i = 1; i < Lagrangian.StepLength.IMPROVING; i++) {
            step.improved();
        }
        assertThat(step.factor()).isEqualTo(start);
        step.improved();
        assertThat(step.factor()).isCloseTo(start * Lagrangian.StepLength.GROWTH, within(1e-12));

        double grown = step.factor();
        for (int i = 1; i < Lagrangian.StepLength.STALLED; i++) {
            step.stalled();
        }
        assertThat(step.factor()).isEqualTo(grown);
        step.stalled();
        assertThat(step.factor()).isCloseTo(grown / 2, within(1e-12));
    }

    @Test
    void theStepNeverGrowsBeyondItsMost() {
        Lagrangian.StepLength step = new Lagrangian.StepLength();
        for (int i = 0; i < 1_000; i++) {
            step.improved();
        }
        assertThat(step.factor()).isEqualTo(Lagrangian.StepLength.MAX_FACTOR);
    }

    /** Prices that only charge places: each zero or a random charge. */
    static double[][] randomPrices(Problem problem, Random random) {
        double[][] prices = new double[problem.assignmentCount()][problem.roundCount()];
        for (double[] row : prices) {
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextBoolean() ? 0 : -random.nextInt(400);
            }
        }
        return prices;
    }
}
