package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated instances on which several ranges of worst-off cost are left open by the caps' plans, so that
 * their proofs run beside the next caps: the same plan every time, proven, keeping every rule; and a stop
 * request in the middle ends the solve with a valid plan.
 */
class OptimiserProofsTests {

    private static Optimiser.Result solve(Problem problem, Optimiser.Options options) {
        return Optimiser.solve(problem, options);
    }

    // each of these leaves two to six ranges to a proof (seen with -Dtraineeplanner.trace=true)
    @ParameterizedTest
    @CsvSource({"40,4", "60,2", "60,3", "80,3"})
    void proofsBesideTheCapsGiveTheSameProvenPlanEveryTime(int trainees, long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(trainees, seed));
        Optimiser.Options options = Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(60));

        Optimiser.Result first = solve(problem, options);
        Optimiser.Result second = solve(problem, options);

        assertThat(first.optimal()).isTrue();
        assertThat(first.bound()).isEqualTo(first.objective());
        assertThat(first.objective())
                .isEqualTo(Scorer.score(problem, first.placements()).total());
        assertThat(RuleChecker.check(problem, first.placements())).isEmpty();
        assertThat(second.placements()).containsExactlyElementsOf(first.placements());
    }

    @ParameterizedTest
    @CsvSource({"40,4,200", "60,2,400", "80,3,800"})
    void aStopRequestDuringTheProofsEndsWithAPlanThatKeepsEveryRule(int trainees, long seed, int asked) {
        Problem problem = new Problem(InstanceGenerator.generate(trainees, seed));
        AtomicInteger questions = new AtomicInteger();
        Optimiser.Options options = Optimiser.Options.defaults().withStop(() -> questions.incrementAndGet() > asked);

        Optimiser.Result result = solve(problem, options);

        assertThat(RuleChecker.check(problem, result.placements())).isEmpty();
        assertThat(result.objective())
                .isEqualTo(Scorer.score(problem, result.placements()).total());
        assertThat(result.bound()).isLessThanOrEqualTo(result.objective());
    }
}
