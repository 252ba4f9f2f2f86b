package nl.traineeplanner.engine.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.IndexedPlan;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;

/**
 * A plan read for explaining: who is where in each round (through {@link IndexedPlan}), who holds each place, and
 * what moving or swapping trainees would do to the total.
 */
final class PlanView {

    final Problem problem;
    private final IndexedPlan indexed;
    private final List<List<List<Integer>>> holders; // [a][r] → trainees, in the order of the plan
    final long total;
    private final long[] traineeCost; // [t] see traineeCost(t, perRound)
    private final long[] preferenceOf; // [t] sum of its preference costs
    private final int[] mostPreference; // the three trainees (at most) with the largest preference cost, largest first

    PlanView(Problem problem, List<Placement> placements) {
        this.problem = problem;
        indexed = new IndexedPlan(problem, placements);
        holders = new ArrayList<>();
        for (int a = 0; a < problem.assignmentCount(); a++) {
            List<List<Integer>> perRound = new ArrayList<>();
            for (int r = 0; r < problem.roundCount(); r++) {
                perRound.add(new ArrayList<>());
            }
            holders.add(perRound);
        }
        for (Placement p : placements) {
            holders.get(problem.assignmentIndex(p.assignment()))
                    .get(problem.roundIndex(p.round()))
                    .add(problem.traineeIndex(p.trainee()));
        }
        total = Scorer.score(problem, placements).total();
        int nT = problem.traineeCount();
        traineeCost = new long[nT];
        preferenceOf = new long[nT];
        for (int t = 0; t < nT; t++) {
            Problem.TraineeTerms terms = indexed.traineeTerms(t);
            traineeCost[t] = terms.withUnplaced(problem.weights());
            preferenceOf[t] = terms.preference();
        }
        mostPreference = IntStream.range(0, nT)
                .boxed()
                .sorted(Comparator.comparingLong((Integer t) -> -preferenceOf[t]))
                .limit(3)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The assignment of t in round r, or -1 when t is unplaced there. */
    int assignmentOf(int t, int r) {
        return indexed.assignmentOf(t, r);
    }

    List<Integer> holders(int a, int r) {
        return holders.get(a).get(r);
    }

    /** H4 between placements: the round other than r in which t is planned at a's organisation; -1 when none. */
    int otherRoundAtOrganisation(int t, int r, int a) {
        return indexed.otherRoundAtOrganisation(t, r, a);
    }

    /** The total of the plan where trainee t is moved (or added) to assignment a in round r. */
    long totalWithMove(int t, int r, int a) {
        int[] after = indexed.assignmentsOf(t);
        int before = after[r];
        after[r] = a;
        long change = traineeCost(t, after) - traineeCost[t];
        int toA = indexed.taken(a, r);
        change += unfilled(a, r, toA + 1) - unfilled(a, r, toA);
        if (before >= 0) {
            int fromBefore = indexed.taken(before, r);
            change += unfilled(before, r, fromBefore - 1) - unfilled(before, r, fromBefore);
        }
        return total + change + fairnessChange(t, preference(t, after), -1, 0);
    }

    /** The total of the plan where t takes a in round r and h takes t's place there (or is left unplaced). */
    long totalWithSwap(int t, int h, int r, int a) {
        int[] tAfter = indexed.assignmentsOf(t);
        int[] hAfter = indexed.assignmentsOf(h);
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
