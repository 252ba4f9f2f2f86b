package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.bench.InstanceFamily;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reassigning rounds on random small instances: never a dearer plan, never a broken rule, never below the optimum. */
class RoundReassignmentTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void improvesDeferredAcceptanceWithoutBreakingRules(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        Pricer pricer = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(trajectories(problem, pricer, start), () -> 1);

        List<Placement> placements = placements(problem, improved);
        long total = Scorer.score(problem, placements).total();
        assertThat(OptimiserBruteForceTests.keepsHardRules(problem, placements)).isTrue();
        assertThat(total).isLessThanOrEqualTo(Scorer.score(problem, start).total());
        assertThat(total).isGreaterThanOrEqualTo(OptimiserBruteForceTests.bruteForceOptimum(problem));
    }

    @Test
    void improvesAPlanWhosePlacementsAreNotAllCandidates() {
        // large instances keep only the cheapest unranked assignments as candidates: deferred acceptance places
        // trainees whose choices are full elsewhere, and each round may still keep them there
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 150, 1));
        Pricer pricer = new Pricer(problem, List.of(), 2);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(trajectories(problem, pricer, start), () -> 1_000);

        List<Placement> placements = placements(problem, improved);
        assertThat(Scorer.score(problem, placements).total())
                .isLessThan(Scorer.score(problem, start).total());
        assertThat(RuleChecker.check(problem, placements)).isEmpty();
    }

    private static List<Trajectory> trajectories(Problem problem, Pricer pricer, List<Placement> plan) {
        int[][] perRound = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : perRound) {
            Arrays.fill(row, Pricer.UNPLACED);
        }
        for (Placement p : plan) {
            perRound[problem.traineeIndex(p.trainee())][problem.roundIndex(p.round())] =
                    problem.assignmentIndex(p.assignment());
        }
        List<Trajectory> out = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            out.add(pricer.fromPlan(t, perRound[t]));
        }
        return out;
    }

    private static List<Placement> placements(Problem problem, List<Trajectory> plan) {
        List<Placement> out = new ArrayList<>();
        for (Trajectory tr : plan) {
            tr.addPlacements(problem, out);
        }
        return out;
    }
}
