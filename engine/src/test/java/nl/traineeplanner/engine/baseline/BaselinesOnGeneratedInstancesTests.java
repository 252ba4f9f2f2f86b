package nl.traineeplanner.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.metrics.BlockingPairs;
import org.junit.jupiter.api.Test;

class BaselinesOnGeneratedInstancesTests {

    private final Problem problem = new Problem(InstanceGenerator.generate(300, 11));

    @Test
    void serialDictatorshipKeepsTheRulesAndIsDeterministic() {
        List<Placement> plan = SerialDictatorship.plan(problem, 5);

        BaselineFixtures.assertKeepsTheHardRules(problem, plan);
        assertThat(SerialDictatorship.plan(problem, 5)).isEqualTo(plan);
        assertThat(SerialDictatorship.plan(problem, 6)).isNotEqualTo(plan);
    }

    @Test
    void deferredAcceptanceKeepsTheRulesAndIsDeterministic() {
        List<Placement> plan = DeferredAcceptance.plan(problem);

        BaselineFixtures.assertKeepsTheHardRules(problem, plan);
        assertThat(DeferredAcceptance.plan(problem)).isEqualTo(plan);
    }

    @Test
    void deferredAcceptanceLeavesNoBlockingPairs() {
        assertThat(BlockingPairs.find(problem, DeferredAcceptance.plan(problem)))
                .isEmpty();
    }

    @Test
    void bothPlaceEveryoneWhenPlacesAreAmple() {
        assertThat(SerialDictatorship.plan(problem, 5)).hasSize(3 * 300);
        assertThat(DeferredAcceptance.plan(problem)).hasSize(3 * 300);
    }
}
