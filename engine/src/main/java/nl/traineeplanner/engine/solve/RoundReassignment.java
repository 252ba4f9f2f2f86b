package nl.traineeplanner.engine.solve;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
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
    // besides those, the cheapest places with room left by the plan that are not among them
    private static final int WITH_ROOM = 10;
    // a whole pass that gains at most this share of the total ends the passes. A thousandth for the first plan, and
    // where every placement is a candidate (instances up to 3 million trainee × assignment pairs, solved cap by cap),
    // where the plans under the caps come sooner (300 trainees, 10 s, three runs against two: `unranked` 0.98-2.17 %
    // and 1.89-2.52 % against 2.93 % and 3.10 %, `unseen` seed 1 proven in 7.7-8.2 s against 9.4 s; `heavy-tail`
    // seed 1 1.94-2.67 % against 2.33 %). At 10,000 trainees a pass takes 5-6 s, and the passes of the first plan
    // beyond a thousandth took 20-30 s for 0.02-0.1 % of its total: the Lagrangian bound gains more in that time
    // (`unseen` 3.32 % to 2.70 %, `travel` 1.45 % to 1.19 %). A ten-thousandth for the later plans of larger
    // instances (the plan repaired from the Lagrangian prices needs its passes, and the first plan may go on
    // after the bound)
    private static final long MIN_GAIN_PER_PASS = 1_000;
    private static final long MIN_GAIN_PER_PASS_CUT = 10_000;

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

    /** The plan after passes over the rounds, until a whole pass gains too little or time runs out. */
    List<Trajectory> improve(List<Trajectory> plan, LongSupplier remainingMillis) {
        return improve(plan, remainingMillis, pricer.complete() ? MIN_GAIN_PER_PASS : MIN_GAIN_PER_PASS_CUT);
    }

    /**
     * A first plan, quickly: passes until a whole pass gains at most a thousandth, on every instance, so that the
     * bound gets the time.
     */
    List<Trajectory> improveFirst(List<Trajectory> plan, LongSupplier remainingMillis) {
        return improve(plan, remainingMillis, MIN_GAIN_PER_PASS);
    }

    private List<Trajectory> improve(List<Trajectory> plan, LongSupplier remainingMillis, long oneIn) {
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
                long nextTotal = next == null ? Long.MAX_VALUE : cost(next);
                if (nextTotal < total) {
                    current = next;
                    total = nextTotal;
                }
            }
            Optimiser.trace("rounds reassigned: %d", total);
            // later passes gain little: stop once a whole pass gains at most a small share (or nothing)
            if ((beforePass - total) * oneIn <= beforePass) {
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
            int[][] spare = pricer.complete() ? new int[nT][0] : cheapestWithRoom(plan, r, free, roundIndex);
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
                int[] choices = spare[t].length == 0 ? candidates : concat(candidates, spare[t]);
                for (int k = 0; k < choices.length; k++) {
                    int a = choices[k];
                    if ((k >= limit && k < candidates.length && a != current)
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

    /** The candidates followed by the other choices, as one list. */
    private static int[] concat(int[] candidates, int[] others) {
        int[] options = Arrays.copyOf(candidates, candidates.length + others.length);
        System.arraycopy(others, 0, options, candidates.length, others.length);
        return options;
    }

    /**
     * Per trainee who moves in round r, the cheapest places with room left by the plan that are not among its
     * first candidates (at most {@link #WITH_ROOM}). On large instances (the pricer not complete) a trainee keeps
     * only its cheapest unranked candidates, the nearby places everyone else keeps too: when those are full, the
     * places with room are in nobody's candidates, and no chain of moves could reach them (10,000 trainees of the
     * `unseen` family: deferred acceptance improved round by round to 5,159,477 without them, 4,845,919 with
     * them). With every placement a candidate they are left out: at 300 trainees they changed the path and
     * cost more time than they gave. Priced in parallel, read only.
     */
    private int[][] cheapestWithRoom(Trajectory[] plan, int r, int[] free, int[] roundIndex) {
        int[] left = free.clone();
        for (Trajectory tr : plan) {
            int a = tr.assignmentPerRound()[r];
            if (a != Pricer.UNPLACED) {
                left[a]--;
            }
        }
        int[] withRoom = IntStream.range(0, nA).filter(a -> left[a] > 0).toArray();
        int[][] cheapest = new int[nT][];
        IntStream.range(0, nT)
                .parallel()
                .forEach(t -> cheapest[t] = roundIndex[t] < 0
                        ? new int[0]
                        : cheapestWithRoom(t, r, withRoom, pricer.candidates(t, roundIndex[t])));
        return cheapest;
    }

    private int[] cheapestWithRoom(int t, int r, int[] withRoom, int[] candidates) {
        Set<Integer> first = new HashSet<>();
        for (int k = 0; k < Math.min(OPTIONS, candidates.length); k++) {
            first.add(candidates[k]);
        }
        Cheapest cheapest = new Cheapest(WITH_ROOM);
        for (int a : withRoom) {
            if (!first.contains(a) && problem.allowed(t, r, a)) {
                cheapest.offer(problem.placementCost(t, r, a), a);
            }
        }
        return cheapest.assignments();
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
