package nl.traineeplanner.engine.baseline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * Trainee-proposing deferred acceptance (Gale–Shapley), round by round in the order of the instance. In each
 * round the trainees still to place propose to their choices for the round in order, skipping those they may
 * not do; a host holds the best proposers up to its free places and rejects the rest. A host prefers trainees
 * on its list by their rank, then (also without a list) a lower placement cost, then the lower trainee index,
 * so the outcome does not depend on the order of proposals. Trainees whose choices are exhausted are then
 * placed, in trainee order, in the free allowed assignment that costs least for them. Pins are placed first;
 * every hard rule is kept.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {}

    /** The plan; deterministic. */
    public static List<Placement> plan(Problem problem) {
        PartialPlan plan = new PartialPlan(problem);
        plan.placePins();
        for (int r = 0; r < problem.roundCount(); r++) {
            List<Integer> exhausted = matchRound(problem, plan, r);
            for (int t : exhausted) {
                int a = plan.cheapestFree(t, r);
                if (a >= 0) {
                    plan.place(t, r, a);
                }
            }
        }
        return plan.placements();
    }

    /** Runs deferred acceptance in round r, places the held proposals and returns the trainees left over. */
    @SuppressWarnings("unchecked")
    private static List<Integer> matchRound(Problem problem, PartialPlan plan, int r) {
        List<Integer>[] held = new List[problem.assignmentCount()];
        int[] nextChoice = new int[problem.traineeCount()];
        Deque<Integer> proposers = new ArrayDeque<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            if (plan.open(t, r)) {
                proposers.add(t);
            }
        }
        List<Integer> exhausted = new ArrayList<>();
        while (!proposers.isEmpty()) {
            int t = proposers.poll();
            int[] ranked = problem.ranked(t, r);
            boolean holding = false;
            while (!holding && nextChoice[t] < ranked.length) {
                int a = ranked[nextChoice[t]++];
                if (plan.remaining(a, r) <= 0 || !plan.allowedNow(t, r, a)) {
                    continue;
                }
                if (held[a] == null) {
                    held[a] = new ArrayList<>();
                }
                held[a].add(t);
                if (held[a].size() <= plan.remaining(a, r)) {
                    holding = true;
                    continue;
                }
                int rejected = held[a].stream().max(hostOrder(problem, r, a)).orElseThrow();
                held[a].remove((Integer) rejected);
                if (rejected != t) {
                    holding = true;
                    proposers.add(rejected);
                }
            }
            if (!holding) {
                exhausted.add(t);
            }
        }
        for (int a = 0; a < held.length; a++) {
            if (held[a] != null) {
                for (int t : held[a]) {
                    plan.place(t, r, a);
                }
            }
        }
        exhausted.sort(Comparator.naturalOrder());
        return exhausted;
    }

    /** The host's order of a's proposers, best first. */
    private static Comparator<Integer> hostOrder(Problem problem, int r, int a) {
        return Comparator.<Integer>comparingInt(t -> {
                    int rank = problem.hostRank(a, t);
                    return rank == 0 ? Integer.MAX_VALUE : rank;
                })
                .thenComparingLong(t -> problem.placementCost(t, r, a))
                .thenComparingInt(t -> t);
    }
}
