package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimiserExamplesTests {

    @ParameterizedTest
    @CsvSource({"small-12.json,3718", "medium-60.json,19105"})
    void reachesTheProvenOptimumOfTheExamples(String file, long optimum) {
        Problem problem = new Problem(InstanceReader.read(InstanceBuilder.example(file)));
        long t0 = System.currentTimeMillis();
        Optimiser.Result result =
                Optimiser.solve(problem, Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(60)));
        System.out.println(file + ": " + result.objective() + " bound " + result.bound() + " optimal "
                + result.optimal() + " in " + (System.currentTimeMillis() - t0) + " ms");
        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.optimal()).isTrue();
    }
}
