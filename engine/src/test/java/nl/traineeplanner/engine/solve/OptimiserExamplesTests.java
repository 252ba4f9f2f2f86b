package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimiserExamplesTests {

    private static Optimiser.Result solve(String file) {
        Problem problem = new Problem(InstanceReader.read(InstanceBuilder.example(file)));
        return Optimiser.solve(problem, Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(60)));
    }

    @ParameterizedTest
    @CsvSource({"small-12.json,3718", "medium-60.json,19105"})
    void reachesTheProvenOptimumOfTheExamples(String file, long optimum) {
        Optimiser.Result result = solve(file);

        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.bound()).isEqualTo(optimum);
        assertThat(result.optimal()).isTrue();
    }

    @Test
    void stopRequestEndsTheSolveWithAPlanThatKeepsEveryRule() {
        Problem problem = new Problem(InstanceReader.read(InstanceBuilder.example("medium-60.json")));

        Optimiser.Result result =
                Optimiser.solve(problem, Optimiser.Options.defaults().withStop(() -> true));

        assertThat(result.optimal()).isFalse();
        assertThat(RuleChecker.check(problem, result.placements())).isEmpty();
        assertThat(result.objective())
                .isEqualTo(Scorer.score(problem, result.placements()).total());
        assertThat(result.bound()).isLessThanOrEqualTo(19105);
    }

    @Test
    void sameInstanceGivesTheSamePlan() {
        assertThat(solve("medium-60.json").placements())
                .containsExactlyElementsOf(solve("medium-60.json").placements());
    }
}
