package nl.traineeplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void theScoreIsEachTraineesTermsPlusTheEmptyPlacesAndFairness(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(40, seed));
        // a plan that breaks rules too: everyone at their first ranked choice, capacity or not
        List<Scorer.Indexed> plan = new ArrayList<>();
        int[][] perRound = new int[problem.traineeCount()][problem.roundCount()];
        int[][] taken = new int[problem.assignmentCount()][problem.roundCount()];
        for (int t = 0; t < problem.traineeCount(); t++) {
            Arrays.fill(perRound[t], -1);
            for (int r = 0; r < problem.roundCount(); r++) {
                int[] ranked = problem.ranked(t, r);
                if (problem.traineeInRound(t, r) && ranked.length > 0 && (t + r) % 4 != 0) {
                    plan.add(new Scorer.Indexed(t, r, ranked[0]));
                    perRound[t][r] = ranked[0];
                    taken[ranked[0]][r]++;
                }
            }
        }
        Scorer.Score score = Scorer.scoreIndexed(problem, plan);
        long total = 0;
        long worst = 0;
        for (int t = 0; t < problem.traineeCount(); t++) {
            Problem.TraineeTerms terms = problem.traineeTerms(t, perRound[t]);
            assertThat(score.perTrainee()[t]).isEqualTo(terms.perTrainee());
            assertThat(score.preferencePerTrainee()[t]).isEqualTo(terms.preference());
            total += terms.withUnplaced(problem.weights());
            worst = Math.max(worst, terms.preference());
        }
        long unfilled = problem.unfilledCost(taken);
        assertThat(score.cost().unfilled()).isEqualTo(unfilled);
        assertThat(score.cost().unplaced()).isPositive();
        assertThat(score.total()).isEqualTo(total + unfilled + problem.weights().fairness() * worst);
    }
}
