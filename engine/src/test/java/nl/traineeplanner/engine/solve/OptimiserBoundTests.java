package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test: a solve stopped at any step reports a bound no higher than the brute-force optimum, and a
 * plan no cheaper; a plan marked optimal is the optimum.
 */
class OptimiserBoundTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void boundOfAStoppedSolveNeverExceedsTheOptimum(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        long optimum = OptimiserBruteForceTests.bruteForceOptimum(problem);
        for (int steps = 0; steps < 60; steps += 3) {
            int[] left = {steps};
            Optimiser.Options options = Optimiser.Options.defaults()
                    .withTimeLimit(Duration.ofSeconds(30))
                    .withStop(() -> left[0]-- <= 0);

            Optimiser.Result result = Optimiser.solve(problem, options);

            assertThat(result.bound()).isLessThanOrEqualTo(optimum);
            assertThat(result.objective()).isGreaterThanOrEqualTo(optimum);
            if (result.optimal()) {
                assertThat(result.objective()).isEqualTo(optimum);
            }
        }
    }
}
