package nl.traineeplanner.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A plan that keeps H1 as a trainee × round table of assignment indices, -1 where unplaced, with how many trainees
 * each assignment takes per round and which placements are pins. The summary, the blocking pairs and the
 * explanations all read a plan through this one index.
 */
public final class IndexedPlan {

    private final Problem problem;
    private final int[][] assignmentOf; // [t][r]
    private final int[][] taken; // [a][r]
    private final boolean[][] pinned; // [t][r]

    /** Indexes the placements; throws when an id is unknown or a trainee has two placements in one round. */
    public IndexedPlan(Problem problem, List<Placement> placements) {
        this.problem = problem;
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

    /** The assignment of t in round r, or -1 when t is unplaced there. */
    public int assignmentOf(int t, int r) {
        return assignmentOf[t][r];
    }

    /** A copy of t's assignments per round, -1 where unplaced. */
    public int[] assignmentsOf(int t) {
        return assignmentOf[t].clone();
    }

    /** How many trainees a takes in round r. */
    public int taken(int a, int r) {
        return taken[a][r];
    }

    /** Whether t's placement in round r is a pin (H7). */
    public boolean pinned(int t, int r) {
        return pinned[t][r];
    }

    /** H4 between placements: the round other than r in which t is at a's organisation, or -1. */
    public int otherRoundAtOrganisation(int t, int r, int a) {
        return problem.roundAtSameOrganisation(assignmentOf[t], r, a);
    }

    /** The trainees' part of the score: {@link Problem#traineeTerms} of t's placements in this plan. */
    public Problem.TraineeTerms traineeTerms(int t) {
        return problem.traineeTerms(t, assignmentOf[t]);
    }
}
