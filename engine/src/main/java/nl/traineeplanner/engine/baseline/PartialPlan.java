package nl.traineeplanner.engine.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/** A plan being built one placement at a time that never breaks H1–H6; pins go in first (H7). */
final class PartialPlan {

    private final Problem problem;
    private final int[][] assignmentOf; // [t][r], -1 when unplaced
    private final int[][] taken; // [a][r]
    private final int[][] offeredIn; // [r] = assignments offered in round r

    PartialPlan(Problem problem) {
        this.problem = problem;
        assignmentOf = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : assignmentOf) {
            Arrays.fill(row, -1);
        }
        taken = new int[problem.assignmentCount()][problem.roundCount()];
        offeredIn = new int[problem.roundCount()][];
        for (int r = 0; r < problem.roundCount(); r++) {
            int round = r;
            offeredIn[r] = java.util.stream.IntStream.range(0, problem.assignmentCount())
                    .filter(a -> problem.offered(a, round))
                    .toArray();
        }
    }

    /** Places every pin; throws when a pin breaks a hard rule, as such an instance is invalid. */
    void placePins() {
        for (Placement pin : problem.instance().pinned()) {
            int t = problem.traineeIndex(pin.trainee());
            int r = problem.roundIndex(pin.round());
            int a = problem.assignmentIndex(pin.assignment());
            if (t < 0 || r < 0 || a < 0 || !canTake(t, r, a)) {
                throw new IllegalArgumentException("pin breaks a hard rule: " + pin);
            }
            place(t, r, a);
        }
    }

    boolean placed(int t, int r) {
        return assignmentOf[t][r] >= 0;
    }

    /** Whether t still needs a placement in r. */
    boolean open(int t, int r) {
        return problem.traineeInRound(t, r) && !placed(t, r);
    }

    int remaining(int a, int r) {
        return problem.assignment(a).capacity() - taken[a][r];
    }

    void place(int t, int r, int a) {
        assignmentOf[t][r] = a;
        taken[a][r]++;
    }

    /** H4 between planned placements: a's organisation differs from those of t's other rounds. */
    boolean keepsOrganisationsDistinct(int t, int r, int a) {
        int organisation = problem.organisationOf(a);
        for (int other = 0; other < problem.roundCount(); other++) {
            int b = assignmentOf[t][other];
            if (other != r && b >= 0 && problem.organisationOf(b) == organisation) {
                return false;
            }
        }
        return true;
    }

    /** Whether t can be placed at a in r now without breaking a hard rule, ignoring capacity. */
    boolean allowedNow(int t, int r, int a) {
        return problem.allowed(t, r, a) && keepsOrganisationsDistinct(t, r, a);
    }

    /** Whether t can be placed at a in r now: H1–H6 with the capacity left. */
    boolean canTake(int t, int r, int a) {
        return open(t, r) && remaining(a, r) > 0 && allowedNow(t, r, a);
    }

    /**
     * What placing t at a in r adds to the score as far as t alone can tell: the placement's preference, host
     * and travel cost plus the change in t's domainRepeat and programmeMissing terms.
     */
    long marginalCost(int t, int r, int a) {
        int[] before = plannedOf(t);
        int[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = a;
        long trainee = problem.domainRepeatCost(t, after)
                + problem.programmeMissingCost(t, after)
                - problem.domainRepeatCost(t, before)
                - problem.programmeMissingCost(t, before);
        return problem.placementCost(t, r, a) + trainee;
    }

    /** The free, allowed assignment of round r with the lowest marginal cost for t (lowest index on ties), or -1. */
    int cheapestFree(int t, int r) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int a : offeredIn[r]) {
            if (remaining(a, r) > 0 && allowedNow(t, r, a)) {
                long cost = marginalCost(t, r, a);
                if (cost < bestCost) {
                    best = a;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    private int[] plannedOf(int t) {
        return Arrays.stream(assignmentOf[t]).filter(a -> a >= 0).toArray();
    }

    /** The placements by id, in trainee and round order. */
    List<Placement> placements() {
        List<Placement> result = new ArrayList<>();
        for (int t = 0; t < assignmentOf.length; t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                int a = assignmentOf[t][r];
                if (a >= 0) {
                    result.add(new Placement(
                            problem.trainee(t).id(),
                            problem.round(r).id(),
                            problem.assignment(a).id()));
                }
            }
        }
        return result;
    }
}
