package nl.traineeplanner.engine.metrics;

import java.util.Arrays;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/** A plan that keeps H1 as a trainee × round table of assignment indices, -1 where unplaced. */
final class IndexedPlan {

    final int[][] assignmentOf; // [t][r]
    final int[][] taken; // [a][r]
    final boolean[][] pinned; // [t][r]

    IndexedPlan(Problem problem, List<Placement> placements) {
        assignmentOf = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : assignmentOf) {
            Arrays.fill(row, -1);
        }
        taken = new int[problem.assignmentCount()][problem.roundCount()];
        for (Placement p : placements) {
            int t = problem.traineeIndex(p.trainee());
            int r = problem.roundIndex(p.round());
            int a = problem.assignmentIndex(p.assignment());
            if (t < 0 || r < 0 || a < 0) {
                throw new IllegalArgumentException("unknown id in " + p);
            }
            if (assignmentOf[t][r] >= 0) {
                throw new IllegalArgumentException("two placements for one trainee and round: " + p);
            }
            assignmentOf[t][r] = a;
            taken[a][r]++;
        }
        pinned = new boolean[problem.traineeCount()][problem.roundCount()];
        for (Placement pin : problem.instance().pinned()) {
            int t = problem.traineeIndex(pin.trainee());
            int r = problem.roundIndex(pin.round());
            if (t >= 0 && r >= 0 && assignmentOf[t][r] == problem.assignmentIndex(pin.assignment())) {
                pinned[t][r] = true;
            }
        }
    }
}
