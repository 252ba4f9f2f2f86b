package nl.traineeplanner.engine.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.Scorer.Indexed;

/**
 * Moves trainees of a what-if plan back to their base placements wherever that costs nothing. A re-solve may pick any
 * of several equally good plans, and a coordinator should only be told about the moves the forced placement needs.
 *
 * <p>A trainee goes back to its whole base trajectory, alone or together with the trainees now holding the places
 * it would take back (which undoes swaps), when the places have room and the plan does not score worse. A base
 * trajectory keeps H1, H2, H4–H7 on its own (the base plan kept them), so capacity (H3) is the one rule to watch. The
 * forced trainee keeps its what-if trajectory.
 */
final class StayPut {

    private final Problem problem;
    private final int[][] base; // [t][r] assignment or -1
    private final int[][] current;
    private final int[][] taken; // [a][r]
    private final int forcedTrainee;

    private StayPut(Problem problem, List<Placement> basePlan, List<Placement> whatIfPlan, Placement forced) {
        this.problem = problem;
        this.base = table(problem, basePlan);
        this.current = table(problem, whatIfPlan);
        this.taken = new int[problem.assignmentCount()][problem.roundCount()];
        for (int[] row : current) {
            for (int r = 0; r < row.length; r++) {
                if (row[r] >= 0) {
                    taken[row[r]][r]++;
                }
            }
        }
        this.forcedTrainee = problem.traineeIndex(forced.trainee());
    }

    /** The what-if plan with as many trainees as possible back at their base placements, scoring no worse. */
    static List<Placement> keepBaseWherePossible(
            Problem problem, List<Placement> basePlan, List<Placement> whatIfPlan, Placement forced) {
        StayPut stayPut = new StayPut(problem, basePlan, whatIfPlan, forced);
        stayPut.revertWhileFree();
        return stayPut.placements();
    }

    private void revertWhileFree() {
        long score = score();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < problem.traineeCount(); t++) {
                if (t == forcedTrainee || !moved(t)) {
                    continue;
                }
                Set<Integer> group = new LinkedHashSet<>();
                group.add(t);
                long single = tryRevert(group, score);
                if (single < 0) {
                    group.addAll(holdersOfBasePlaces(t));
                    single = group.contains(forcedTrainee) ? -1 : tryRevert(group, score);
                }
                if (single >= 0) {
                    score = single;
                    changed = true;
                }
            }
        }
    }

    /** Reverts the group when capacity allows and the score does not rise; returns the new score, or -1 (undone). */
    private long tryRevert(Set<Integer> group, long score) {
        List<int[]> saved = new ArrayList<>();
        for (int t : group) {
            saved.add(current[t].clone());
            set(t, base[t]);
        }
        long reverted = overCapacity() ? Long.MAX_VALUE : score();
        if (reverted <= score) {
            return reverted;
        }
        int i = 0;
        for (int t : group) {
            set(t, saved.get(i++));
        }
        return -1;
    }

    private Set<Integer> holdersOfBasePlaces(int t) {
        Set<Integer> holders = new LinkedHashSet<>();
        for (int r = 0; r < problem.roundCount(); r++) {
            int a = base[t][r];
            for (int other = 0; a >= 0 && other < problem.traineeCount(); other++) {
                if (other != t && current[other][r] == a && moved(other)) {
                    holders.add(other);
                }
            }
        }
        return holders;
    }

    private boolean moved(int t) {
        for (int r = 0; r < problem.roundCount(); r++) {
            if (base[t][r] != current[t][r]) {
                return true;
            }
        }
        return false;
    }

    private void set(int t, int[] assignments) {
        for (int r = 0; r < assignments.length; r++) {
            if (current[t][r] >= 0) {
                taken[current[t][r]][r]--;
            }
            current[t][r] = assignments[r];
            if (assignments[r] >= 0) {
                taken[assignments[r]][r]++;
            }
        }
    }

    // H3: in each round, an assignment takes at most its capacity.
    private boolean overCapacity() {
        for (int a = 0; a < problem.assignmentCount(); a++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (!problem.withinCapacity(a, taken[a][r])) {
                    return true;
                }
            }
        }
        return false;
    }

    private long score() {
        List<Indexed> placements = new ArrayList<>();
        for (int t = 0; t < current.length; t++) {
            for (int r = 0; r < current[t].length; r++) {
                if (current[t][r] >= 0) {
                    placements.add(new Indexed(t, r, current[t][r]));
                }
            }
        }
        return Scorer.scoreIndexed(problem, placements).total();
    }

    private List<Placement> placements() {
        List<Placement> placements = new ArrayList<>();
        for (int t = 0; t < current.length; t++) {
            for (int r = 0; r < current[t].length; r++) {
                if (current[t][r] >= 0) {
                    placements.add(new Placement(
                            problem.trainee(t).id(),
                            problem.round(r).id(),
                            problem.assignment(current[t][r]).id()));
                }
            }
        }
        return placements;
    }

    private static int[][] table(Problem problem, List<Placement> placements) {
        int[][] table = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : table) {
            Arrays.fill(row, -1);
        }
        for (Placement p : placements) {
            table[problem.traineeIndex(p.trainee())][problem.roundIndex(p.round())] =
                    problem.assignmentIndex(p.assignment());
        }
        return table;
    }
}
