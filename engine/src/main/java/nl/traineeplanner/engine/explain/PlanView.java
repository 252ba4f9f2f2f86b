package nl.traineeplanner.engine.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;

/** A plan indexed for explaining: who is where in each round. Assumes at most one placement per trainee and round. */
final class PlanView {

    final Problem problem;
    final List<Placement> placements;
    final int[][] assignmentOf; // [t][r], -1 when unplaced
    final List<List<List<Integer>>> holders; // [a][r] → trainees
    final long total;

    PlanView(Problem problem, List<Placement> placements) {
        this.problem = problem;
        this.placements = List.copyOf(placements);
        assignmentOf = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : assignmentOf) {
            Arrays.fill(row, -1);
        }
        holders = new ArrayList<>();
        for (int a = 0; a < problem.assignmentCount(); a++) {
            List<List<Integer>> perRound = new ArrayList<>();
            for (int r = 0; r < problem.roundCount(); r++) {
                perRound.add(new ArrayList<>());
            }
            holders.add(perRound);
        }
        for (Placement p : placements) {
            int t = problem.traineeIndex(p.trainee());
            int r = problem.roundIndex(p.round());
            int a = problem.assignmentIndex(p.assignment());
            assignmentOf[t][r] = a;
            holders.get(a).get(r).add(t);
        }
        total = Scorer.score(problem, placements).total();
    }

    List<Integer> holders(int a, int r) {
        return holders.get(a).get(r);
    }

    /** The round in which t is planned at organisation o, other than round r; -1 when none. */
    int otherRoundAtOrganisation(int t, int r, int organisation) {
        for (int other = 0; other < problem.roundCount(); other++) {
            int a = assignmentOf[t][other];
            if (other != r && a >= 0 && problem.organisationOf(a) == organisation) {
                return other;
            }
        }
        return -1;
    }

    /** The total of the plan where trainee t is moved (or added) to assignment a in round r. */
    long totalWithMove(int t, int r, int a) {
        List<Placement> changed = without(t, r);
        changed.add(placement(t, r, a));
        return Scorer.score(problem, changed).total();
    }

    /** The total of the plan where t takes a in round r and h takes t's place there (or is left unplaced). */
    long totalWithSwap(int t, int h, int r, int a) {
        int current = assignmentOf[t][r];
        List<Placement> changed = without(t, r);
        changed.removeIf(p ->
                p.trainee().equals(id(h)) && p.round().equals(problem.round(r).id()));
        changed.add(placement(t, r, a));
        if (current >= 0) {
            changed.add(placement(h, r, current));
        }
        return Scorer.score(problem, changed).total();
    }

    private List<Placement> without(int t, int r) {
        List<Placement> changed = new ArrayList<>(placements);
        changed.removeIf(p ->
                p.trainee().equals(id(t)) && p.round().equals(problem.round(r).id()));
        return changed;
    }

    boolean pinned(int t, int r, int a) {
        return problem.instance().pinned().contains(placement(t, r, a));
    }

    Placement placement(int t, int r, int a) {
        return new Placement(id(t), problem.round(r).id(), problem.assignment(a).id());
    }

    String id(int t) {
        return problem.trainee(t).id();
    }
}
