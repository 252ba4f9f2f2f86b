package nl.traineeplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTests {

    private static final Set<Rule> SAME_IN_EVERY_ROUND = EnumSet.of(Rule.H4, Rule.H5, Rule.H6);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hostAndTravelCostsForAllAssignmentsAgreeWithOnePlacementAtATime(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(60, seed));
        int forbidden = 0;
        int withHostList = 0;
        for (int t = 0; t < problem.traineeCount(); t++) {
            long[] costs = problem.hostAndTravelCosts(t);
            assertThat(costs).hasSize(problem.assignmentCount());
            for (int a = 0; a < problem.assignmentCount(); a++) {
                // the rules that hold in every round: ask them in a round where H1 and H2 do not apply
                boolean ruledOut = false;
                for (int r = 0; r < problem.roundCount(); r++) {
                    ruledOut |= problem.brokenRules(t, r, a).stream().anyMatch(SAME_IN_EVERY_ROUND::contains);
                }
                if (ruledOut) {
                    assertThat(costs[a]).as("trainee %d, assignment %d", t, a).isEqualTo(-1);
                    forbidden++;
                } else {
                    assertThat(costs[a])
                            .as("trainee %d, assignment %d", t, a)
                            .isEqualTo(problem.hostCost(a, t) + problem.travelCost(t, a));
                    if (problem.hostRank(a, t) > 0) {
                        withHostList++;
                    }
                }
            }
        }
        // the generated instances have exclusions, history or travel limits, and host lists with trainees on
        assertThat(forbidden).isPositive();
        assertThat(withHostList).isPositive();
    }
}
