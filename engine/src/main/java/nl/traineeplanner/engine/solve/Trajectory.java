package nl.traineeplanner.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * One trainee's whole plan for the rounds being planned: an assignment per round, or -1 when the trainee
 * stays unplaced that round. The optimiser chooses exactly one trajectory per trainee.
 *
 * @param cost the trainee's share of the objective: placement costs, domainRepeat, programmeMissing and
 *     unplaced; unfilled and fairness are counted by the master
 * @param preference the sum of preference(t, a, r), what the fairness term looks at
 */
record Trajectory(int trainee, int[] assignmentPerRound, long cost, long preference) {

    /** The placements of these trajectories, trajectory by trajectory. */
    static List<Placement> placements(Problem problem, List<Trajectory> trajectories) {
        List<Placement> out = new ArrayList<>();
        for (Trajectory trajectory : trajectories) {
            trajectory.addPlacements(problem, out);
        }
        return out;
    }

    /** The placements of this trajectory, in the order of the rounds, added to {@code out}. */
    void addPlacements(Problem problem, List<Placement> out) {
        for (int r = 0; r < assignmentPerRound.length; r++) {
            if (assignmentPerRound[r] != Pricer.UNPLACED) {
                out.add(new Placement(
                        problem.trainee(trainee).id(),
                        problem.round(r).id(),
                        problem.assignment(assignmentPerRound[r]).id()));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory other
                && trainee == other.trainee
                && Arrays.equals(assignmentPerRound, other.assignmentPerRound);
    }

    @Override
    public int hashCode() {
        return 31 * trainee + Arrays.hashCode(assignmentPerRound);
    }
}
