package nl.traineeplanner.engine.solve;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import nl.traineeplanner.engine.Problem;

/**
 * Improves a plan one round at a time. With every other round kept as it is, choosing the placements of one
 * round is an assignment problem — trainees to places, or unplaced — whose costs are the whole trajectory's
 * (different organisations, variety and programmes included), solved exactly as a min-cost flow. A pass never
 * makes the plan dearer, and no trainee's preference cost rises above the plan's worst-off one, so the
 * fairness term does not grow either.
 */
final class RoundReassignment {

    static {
        Loader.loadNativeLibraries();
    }

    // the cheapest candidates of a trainee in a round that the flow may choose from, besides the current one
    private static final int OPTIONS = 60;
    private static final long MIN_GAIN_PER_PASS = 10_000;

    private final Problem problem;
    private final Pricer pricer;
    // a round is only started when the last one (of any pass, of any plan) would still fit in the time left,
    // with room to spare: rounds of one instance differ in time
    private long lastMillis;
    private final int nT;
    private final int nA;
    private final int nR;

    RoundReassignment(Problem problem, Pricer pricer) {
        this.problem = problem;
        this.pricer = pricer;
        this.nT = problem.traineeCount();
        this.nA = problem.assignmentCount();
        this.nR = problem.roundCount();
    }

    /** The plan after passes over the rounds, until a whole pass finds nothing better or time runs out. */
    List<Trajectory> improve(List<Trajectory> plan, LongSupplier remainingMillis) {
        Trajectory[] current = plan.toArray(new Trajectory[0]);
        long cap = 0;
        for (Trajectory tr : current) {
            cap = Math.max(cap, tr.preference());
        }
        long total = cost(current);

        while (remainingMillis.getAsLong() > lastMillis * 3 / 2) {
            long beforePass = total;
            for (int r = 0; r < nR && remainingMillis.getAsLong() > lastMillis * 3 / 2; r++) {
                long started = System.currentTimeMillis();
                Trajectory[] next = reassign(current, r, cap);
                lastMillis = System.currentTimeMillis() - started;
                if (next != null && cost(next) < total) {
                    current = next;
                    total = cost(next);
                }
            }
            Optimiser.trace("rounds reassigned: %d", total);
            // later passes gain little: stop once a whole pass gains at most a ten-thousandth (or nothing)
            if ((beforePass - total) * MIN_GAIN_PER_PASS <= beforePass) {
                break;
            }
        }
        return Arrays.asList(current);
    }

    /** The best placements of round r with the other rounds kept, or null when the flow found none. */
    private Trajectory[] reassign(Trajectory[] plan, int r, long cap) {
        int sink = nT + nA;
        MinCostFlow flow = new MinCostFlow(sink + 1, nT * (OPTIONS + 2) + nA);
        try {
            int[] free = new int[nA];
            for (int a = 0; a < nA; a++) {
                free[a] = problem.offered(a, r) ? problem.assignment(a).capacity() : 0;
            }
            int[] roundIndex = new int[nT];
            int moving = 0;
            for (int t = 0; t < nT; t++) {
                roundIndex[t] = indexOfRound(t, r);
                int a = plan[t].assignmentPerRound()[r];
                if (roundIndex[t] >= 0 && pricer.pinned(t, roundIndex[t])) {
                    free[a]--; // a pin holds its place
                    roundIndex[t] = -1;
                }
                if (roundIndex[t] >= 0) {
                    moving++;
                }
            }
            List<int[]> arcs = new ArrayList<>(); // {arc, trainee, assignment}
            Trajectory[] options = new Trajectory[nT];
            for (int t = 0; t < nT; t++) {
                if (roundIndex[t] < 0) {
                    continue;
                }
                flow.setNodeSupply(t, 1);
                int[] perRound = plan[t].assignmentPerRound().clone();
                perRound[r] = Pricer.UNPLACED;
                Trajectory unplaced = pricer.fromPlan(t, perRound);
                options[t] = unplaced;
                // staying unplaced this round is always possible: costs are counted from there
                flow.addArcWithCapacityAndUnitCost(t, sink, 1, 0);
                int[] candidates = pricer.candidates(t, roundIndex[t]);
                int current = plan[t].assignmentPerRound()[r];
                int limit = Math.min(OPTIONS, candidates.length);
                boolean currentOffered = current == Pricer.UNPLACED;
                for (int k = 0; k < candidates.length; k++) {
                    int a = candidates[k];
                    if ((k >= limit && a != current)
                            || free[a] <= 0
                            || problem.roundAtSameOrganisation(perRound, r, a) >= 0) {
                        continue;
                    }
                    perRound[r] = a;
                    Trajectory option = pricer.fromPlan(t, perRound);
                    perRound[r] = Pricer.UNPLACED;
                    if (option.preference() > cap) {
                        continue;
                    }
                    int arc = flow.addArcWithCapacityAndUnitCost(t, nT + a, 1, option.cost() - unplaced.cost());
                    arcs.add(new int[] {arc, t, a});
                    currentOffered |= a == current;
                }
                if (!currentOffered) {
                    // a placement outside the candidates (large instances keep only the cheapest unranked ones):
                    // the flow may still keep it, so that it never does worse than the plan
                    int arc = flow.addArcWithCapacityAndUnitCost(t, nT + current, 1, plan[t].cost() - unplaced.cost());
                    arcs.add(new int[] {arc, t, current});
                }
            }
            for (int a = 0; a < nA; a++) {
                if (free[a] > 0) {
                    // every place filled saves its unfilled penalty
                    flow.addArcWithCapacityAndUnitCost(
                            nT + a, sink, free[a], -problem.assignment(a).unfilledPenalty());
                }
            }
            flow.setNodeSupply(sink, -moving);
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                return null;
            }
            Trajectory[] next = plan.clone();
            for (int t = 0; t < nT; t++) {
                if (options[t] != null) {
                    next[t] = options[t];
                }
            }
            for (int[] arc : arcs) {
                if (flow.getFlow(arc[0]) > 0) {
                    int[] perRound = plan[arc[1]].assignmentPerRound().clone();
                    perRound[r] = arc[2];
                    next[arc[1]] = pricer.fromPlan(arc[1], perRound);
                }
            }
            return next;
        } finally {
            flow.delete();
        }
    }

    private int indexOfRound(int t, int r) {
        int[] rounds = pricer.roundsOf(t);
        for (int i = 0; i < rounds.length; i++) {
            if (rounds[i] == r) {
                return i;
            }
        }
        return -1;
    }

    /** The plan's total: trajectories, empty places and fairness. */
    private long cost(Trajectory[] plan) {
        long total = 0;
        long worst = 0;
        int[][] taken = new int[nA][nR];
        for (Trajectory tr : plan) {
            total += tr.cost();
            worst = Math.max(worst, tr.preference());
            int[] perRound = tr.assignmentPerRound();
            for (int r = 0; r < nR; r++) {
                if (perRound[r] != Pricer.UNPLACED) {
                    taken[perRound[r]][r]++;
                }
            }
        }
        return total + problem.unfilledCost(taken) + problem.weights().fairness() * worst;
    }
}
