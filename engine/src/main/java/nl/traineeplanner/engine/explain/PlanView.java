package nl.traineeplanner.engine.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;

/** A plan indexed for explaining: who is where in each round. Assumes at most one placement per trainee and round. */
final class PlanView {

    final Problem problem;
    final int[][] assignmentOf; // [t][r], -1 when unplaced
    final List<List<List<Integer>>> holders; // [a][r] → trainees
    final long total;
    private final long[] traineeCost; // [t] see traineeCost(t, perRound)
    private final long[] preferenceOf; // [t] sum of its preference costs
    private final int[] mostPreference; // the three trainees (at most) with the largest preference cost, largest first
    private final int[][] taken; // [a][r] trainees placed

    PlanView(Problem problem, List<Placement> placements) {
        this.problem = problem;
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
        int nT = problem.traineeCount();
        traineeCost = new long[nT];
        preferenceOf = new long[nT];
        for (int t = 0; t < nT; t++) {
            Problem.TraineeTerms terms = problem.traineeTerms(t, assignmentOf[t]);
            traineeCost[t] = terms.withUnplaced(problem.weights());
            preferenceOf[t] = terms.preference();
        }
        mostPreference = IntStream.range(0, nT)
                .boxed()
                .sorted(Comparator.comparingLong((Integer t) -> -preferenceOf[t]))
                .limit(3)
                .mapToInt(Integer::intValue)
                .toArray();
        taken = new int[problem.assignmentCount()][problem.roundCount()];
        for (int a = 0; a < taken.length; a++) {
            for (int r = 0; r < taken[a].length; r++) {
                taken[a][r] = holders.get(a).get(r).size();
            }
        }
    }

    List<Integer> holders(int a, int r) {
        return holders.get(a).get(r);
    }

    /** H4 between placements: the round other than r in which t is planned at a's organisation; -1 when none. */
    int otherRoundAtOrganisation(int t, int r, int a) {
        return problem.roundAtSameOrganisation(assignmentOf[t], r, a);
    }

    /** The total of the plan where trainee t is moved (or added) to assignment a in round r. */
    long totalWithMove(int t, int r, int a) {
        int[] after = assignmentOf[t].clone();
        int before = after[r];
        after[r] = a;
        long change = traineeCost(t, after) - traineeCost[t];
        change += unfilled(a, r, taken[a][r] + 1) - unfilled(a, r, taken[a][r]);
        if (before >= 0) {
            change += unfilled(before, r, taken[before][r] - 1) - unfilled(before, r, taken[before][r]);
        }
        return total + change + fairnessChange(t, preference(t, after), -1, 0);
    }

    /** The total of the plan where t takes a in round r and h takes t's place there (or is left unplaced). */
    long totalWithSwap(int t, int h, int r, int a) {
        int[] tAfter = assignmentOf[t].clone();
        int[] hAfter = assignmentOf[h].clone();
        hAfter[r] = tAfter[r];
        tAfter[r] = a;
        // h leaves a as t enters it, and takes the place t leaves (if any): no place changes its number of trainees
        long change = traineeCost(t, tAfter) - traineeCost[t] + traineeCost(h, hAfter) - traineeCost[h];
        return total + change + fairnessChange(t, preference(t, tAfter), h, preference(h, hAfter));
    }

    /**
     * A trainee's part of the total for its placements per round: placement costs, variety, programmes and its
     * unplaced rounds. Moves and swaps change only the trainees they move, so a changed plan's total is the
     * plan's total plus their difference (with the places and fairness they change): no full rescoring.
     */
    private long traineeCost(int t, int[] perRound) {
        return problem.traineeTerms(t, perRound).withUnplaced(problem.weights());
    }

    private long preference(int t, int[] perRound) {
        return problem.traineeTerms(t, perRound).preference();
    }

    private long unfilled(int a, int r, int count) {
        return problem.unfilledCost(a, r, count);
    }

    /** How the fairness term changes when trainee t (and h, unless -1) get these preference costs. */
    private long fairnessChange(int t, long tPreference, int h, long hPreference) {
        long worstOfOthers = 0;
        for (int top : mostPreference) {
            if (top != t && top != h) {
                worstOfOthers = preferenceOf[top];
                break;
            }
        }
        long worst = Math.max(worstOfOthers, Math.max(tPreference, h < 0 ? 0 : hPreference));
        long worstNow = mostPreference.length == 0 ? 0 : preferenceOf[mostPreference[0]];
        return problem.weights().fairness() * (worst - worstNow);
    }

    boolean pinned(int t, int r, int a) {
        return problem.pinned(placement(t, r, a));
    }

    Placement placement(int t, int r, int a) {
        return new Placement(id(t), problem.round(r).id(), problem.assignment(a).id());
    }

    String id(int t) {
        return problem.trainee(t).id();
    }
}
