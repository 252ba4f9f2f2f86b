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
    private final int[][] withRoom; // [r] = assignments offered in r with a free place, in no particular order
    private final int[] withRoomCount; // [r]
    private final int[][] positionInWithRoom; // [a][r], -1 when not (or no longer) in withRoom[r]
    private final int[] kindExample; // [domain × programmeCount + programme] = an assignment of that kind, or -1
    private final TravelCache travel;

    PartialPlan(Problem problem) {
        this.problem = problem;
        assignmentOf = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : assignmentOf) {
            Arrays.fill(row, -1);
        }
        taken = new int[problem.assignmentCount()][problem.roundCount()];
        kindExample = new int[problem.domainCount() * problem.programmeCount()];
        Arrays.fill(kindExample, -1);
        for (int a = problem.assignmentCount() - 1; a >= 0; a--) {
            kindExample[kind(a)] = a;
        }
        travel = new TravelCache(problem);
        withRoom = new int[problem.roundCount()][problem.assignmentCount()];
        withRoomCount = new int[problem.roundCount()];
        positionInWithRoom = new int[problem.assignmentCount()][problem.roundCount()];
        for (int a = 0; a < problem.assignmentCount(); a++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                positionInWithRoom[a][r] = -1;
                if (problem.offered(a, r)) {
                    positionInWithRoom[a][r] = withRoomCount[r];
                    withRoom[r][withRoomCount[r]++] = a;
                }
            }
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
        if (remaining(a, r) == 0) {
            // Swap-remove, so that looking for a free place only visits assignments with room.
            int position = positionInWithRoom[a][r];
            int last = withRoom[r][--withRoomCount[r]];
            withRoom[r][position] = last;
            positionInWithRoom[last][r] = position;
            positionInWithRoom[a][r] = -1;
        }
    }

    /** H4 between planned placements: a's organisation differs from those of t's other rounds. */
    boolean keepsOrganisationsDistinct(int t, int r, int a) {
        return problem.roundAtSameOrganisation(assignmentOf[t], r, a) < 0;
    }

    /** Whether t can be placed at a in r now without breaking a hard rule, ignoring capacity. */
    boolean allowedNow(int t, int r, int a) {
        return problem.allowed(t, r, a) && keepsOrganisationsDistinct(t, r, a);
    }

    /** Whether t can be placed at a in r now: H1–H6 with the capacity left (H3). */
    boolean canTake(int t, int r, int a) {
        return open(t, r) && problem.withinCapacity(a, taken[a][r] + 1) && allowedNow(t, r, a);
    }

    /**
     * The free, allowed assignment of round r that adds least to the score as far as t alone can tell (lowest
     * index on ties), or -1: its preference, host and travel cost plus the change in t's domainRepeat and
     * programmeMissing terms. That change only depends on the assignment's domain and programme, so it is
     * asked of {@link Problem} once per pair.
     */
    int cheapestFree(int t, int r) {
        long[] change = changeByDomainAndProgramme(t);
        long leastChange = Arrays.stream(change).min().orElse(0);
        travel.forTrainee(t);
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < withRoomCount[r]; i++) {
            int a = withRoom[r][i];
            // Cheap terms first: most assignments are ruled out before travel, rules and host are looked at.
            long cost = problem.preferenceCost(t, r, a) + leastChange;
            if (cost > bestCost) {
                continue;
            }
            cost += travel.cost(a);
            if (cost > bestCost || !allowedNow(t, r, a)) {
                continue;
            }
            cost += problem.hostCost(a, t) + change[kind(a)] - leastChange;
            if (cost < bestCost || (cost == bestCost && a < best)) {
                best = a;
                bestCost = cost;
            }
        }
        return best;
    }

    /** For each (domain, programme) pair, how much one more such placement changes t's trainee terms. */
    private long[] changeByDomainAndProgramme(int t) {
        int[] before = plannedOf(t);
        long now = problem.domainRepeatCost(t, before) + problem.programmeMissingCost(t, before);
        int[] after = Arrays.copyOf(before, before.length + 1);
        long[] change = new long[kindExample.length];
        for (int kind = 0; kind < kindExample.length; kind++) {
            if (kindExample[kind] < 0) {
                change[kind] = Long.MAX_VALUE; // no assignment of this kind, never looked up
                continue;
            }
            after[before.length] = kindExample[kind];
            change[kind] = problem.domainRepeatCost(t, after) + problem.programmeMissingCost(t, after) - now;
        }
        return change;
    }

    private int kind(int a) {
        return problem.domainOf(a) * problem.programmeCount() + problem.programmeOf(a);
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
