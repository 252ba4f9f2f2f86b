package nl.traineeplanner.engine.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import nl.traineeplanner.engine.Problem;

/**
 * Improves a plan in the time left by large-neighbourhood search. Each step frees the placements of a group
 * of trainees who compete for the same places — those at an over-subscribed place and those who would rather
 * be there, then those at the places these hold, and so on — and re-solves the group exactly with CP-SAT:
 * every trainee of the group takes one of its cheapest trajectories that fit the places the others leave
 * free (or keeps its own), the plan so far as the hint. Trajectories keep H1, H2 and H4–H7 ({@link Pricer});
 * the model keeps H3; no trajectory's preference cost exceeds the plan's worst-off one, so the fairness term
 * never grows (it is in the objective, so it may fall). Only a cheaper plan for the group is taken: the plan
 * never gets dearer. This finds plans, it proves nothing.
 */
final class NeighbourhoodSearch {

    static {
        Loader.loadNativeLibraries();
    }

    // trajectories per trainee of the group besides its own: the cheapest that fit the free places
    private static final int CANDIDATES = 12;
    // per round of each trainee of the group, moves of that round alone to its cheapest candidates with room
    private static final int ONE_ROUND_MOVES = 15;
    private static final int FIRST_GROUP = 30;
    private static final int LEAST_GROUP = 8;
    private static final int MOST_GROUP = 250;
    // a group's CP-SAT solve stops after this long (or the time left) with the best it found
    private static final double MOST_SECONDS = 2.0;
    // a place's price where it has no room for the group: no candidate uses it
    private static final double CLOSED = -1e12;

    private final Problem problem;
    private final Pricer pricer;
    private final Random random;
    private final int nA;
    private final int nR;
    // [a * nR + r] the trainees who ranked a for round r
    private final int[][] rankedBy;

    private Trajectory[] plan;
    private int[][] taken; // [a][r]
    private List<Integer>[] occupants; // [a * nR + r], null when empty
    private long worst;
    private int neighbourhoods;
    private int improvements;

    NeighbourhoodSearch(Problem problem, Pricer pricer, long seed) {
        this.problem = problem;
        this.pricer = pricer;
        this.random = new Random(seed);
        this.nA = problem.assignmentCount();
        this.nR = problem.roundCount();
        List<List<Integer>> ranked = new ArrayList<>();
        for (int p = 0; p < nA * nR; p++) {
            ranked.add(null);
        }
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r : pricer.roundsOf(t)) {
                for (int a : problem.ranked(t, r)) {
                    int place = a * nR + r;
                    if (ranked.get(place) == null) {
                        ranked.set(place, new ArrayList<>());
                    }
                    ranked.get(place).add(t);
                }
            }
        }
        rankedBy = new int[nA * nR][];
        for (int p = 0; p < rankedBy.length; p++) {
            List<Integer> by = ranked.get(p);
            rankedBy[p] = by == null
                    ? new int[0]
                    : by.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The plan after the search, with how many groups were solved and how many of them gave a better plan. */
    record Outcome(List<Trajectory> plan, int neighbourhoods, int improvements) {}

    /**
     * Improves {@code start} until {@code remainingMillis} tells no time is left (it answers 0 on a stop request
     * too); {@code improved} hears the plan's new total after every improvement.
     */
    Outcome improve(List<Trajectory> start, LongSupplier remainingMillis, LongConsumer improved) {
        load(start);
        int group = Math.min(FIRST_GROUP, problem.traineeCount());
        while (remainingMillis.getAsLong() > 0) {
            int[] trainees = pickGroup(group);
            if (trainees.length == 0) {
                break; // nobody whose placements can change: nothing to search
            }
            double seconds = Math.min(MOST_SECONDS, remainingMillis.getAsLong() / 1000.0);
            Solved solved = solveGroup(trainees, seconds);
            neighbourhoods++;
            if (solved.better() != null) {
                apply(trainees, solved.better());
                improvements++;
                improved.accept(total());
            }
            // grow the groups while they are solved to optimality quickly, shrink them when the solver runs out
            if (solved.optimal() && solved.seconds() < seconds / 4) {
                group = Math.min(Math.min(MOST_GROUP, problem.traineeCount()), group + Math.max(1, group / 5));
            } else if (!solved.optimal()) {
                group = Math.max(LEAST_GROUP, group * 3 / 4);
            }
        }
        Optimiser.trace(
                "neighbourhood search: %d groups, %d better, total %d, groups of %d",
                neighbourhoods, improvements, total(), group);
        return new Outcome(Arrays.asList(plan.clone()), neighbourhoods, improvements);
    }

    @SuppressWarnings("unchecked")
    private void load(List<Trajectory> start) {
        plan = start.toArray(new Trajectory[0]);
        taken = new int[nA][nR];
        occupants = new List[nA * nR];
        worst = 0;
        for (Trajectory tr : plan) {
            occupy(tr, 1);
            worst = Math.max(worst, tr.preference());
        }
    }

    private void occupy(Trajectory tr, int sign) {
        int[] perRound = tr.assignmentPerRound();
        for (int r = 0; r < nR; r++) {
            int a = perRound[r];
            if (a == Pricer.UNPLACED) {
                continue;
            }
            taken[a][r] += sign;
            int place = a * nR + r;
            if (sign > 0) {
                if (occupants[place] == null) {
                    occupants[place] = new ArrayList<>();
                }
                occupants[place].add(tr.trainee());
            } else {
                occupants[place].remove(Integer.valueOf(tr.trainee()));
            }
        }
    }

    private void apply(int[] trainees, Trajectory[] chosen) {
        for (int i = 0; i < trainees.length; i++) {
            occupy(plan[trainees[i]], -1);
            plan[trainees[i]] = chosen[i];
            occupy(chosen[i], 1);
        }
        worst = 0;
        for (Trajectory tr : plan) {
            worst = Math.max(worst, tr.preference());
        }
    }

    /** The plan's total: trajectories, empty places and fairness. */
    long total() {
        long total = 0;
        for (Trajectory tr : plan) {
            total += tr.cost();
        }
        return total + problem.unfilledCost(taken) + problem.weights().fairness() * worst;
    }

    // ---- choosing a group ------------------------------------------------------------------------

    /**
     * About {@code size} trainees who compete for places: from a seed place, its occupants and those who ranked
     * it above where they are, then the places these hold, breadth first. The seed is a full place that someone
     * would rather have, or (every other time, or when none is) the place first chosen by one of the trainees
     * whose placement costs most, or by a worst-off trainee.
     */
    private int[] pickGroup(int size) {
        Set<Integer> group = new LinkedHashSet<>();
        List<Integer> queue = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int seed = neighbourhoods % 2 == 0 ? contestedPlace() : -1;
        if (seed < 0) {
            int t = costlyTrainee();
            if (t < 0) {
                return new int[0];
            }
            group.add(t);
            queue.addAll(wantedPlaces(t));
            queue.addAll(heldPlaces(t));
        } else {
            queue.add(seed);
        }
        for (int q = 0; q < queue.size() && group.size() < size; q++) {
            int place = queue.get(q);
            if (!seen.add(place)) {
                continue;
            }
            List<Integer> joining = new ArrayList<>();
            if (occupants[place] != null) {
                joining.addAll(occupants[place]);
            }
            joining.addAll(envious(place));
            Collections.shuffle(joining, random);
            for (int t : joining) {
                if (group.size() >= size) {
                    break;
                }
                if (group.add(t)) {
                    queue.addAll(heldPlaces(t));
                    queue.addAll(wantedPlaces(t));
                }
            }
        }
        return group.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A full place someone would rather have, drawn with weight its number of such trainees; -1 when none. */
    private int contestedPlace() {
        long totalWeight = 0;
        int[] weight = new int[nA * nR];
        for (int place = 0; place < weight.length; place++) {
            int a = place / nR;
            int r = place % nR;
            if (rankedBy[place].length == 0 || problem.withinCapacity(a, taken[a][r] + 1)) {
                continue; // nobody wants it, or it has room
            }
            weight[place] = envious(place).size();
            totalWeight += weight[place];
        }
        if (totalWeight == 0) {
            return -1;
        }
        long pick = (long) (random.nextDouble() * totalWeight);
        for (int place = 0; place < weight.length; place++) {
            pick -= weight[place];
            if (pick < 0) {
                return place;
            }
        }
        return -1;
    }

    /**
     * One of the trainees whose trajectory costs most, or with the worst-off preference cost: drawn among the
     * dearest eighth (at least 10); -1 when no trainee has a round to plan.
     */
    private int costlyTrainee() {
        Integer[] order = new Integer[plan.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        boolean byPreference = problem.weights().fairness() > 0 && random.nextInt(3) == 0;
        Arrays.sort(
                order,
                (x, y) -> byPreference
                        ? Long.compare(plan[y].preference(), plan[x].preference())
                        : Long.compare(plan[y].cost(), plan[x].cost()));
        int among = Math.min(order.length, Math.max(10, order.length / 8));
        for (int tries = 0; tries < among; tries++) {
            int t = order[random.nextInt(among)];
            if (pricer.roundsOf(t).length > 0) {
                return t;
            }
        }
        return -1;
    }

    /** The trainees who ranked the place's assignment for its round above where they are now, and may go there. */
    private List<Integer> envious(int place) {
        int a = place / nR;
        int r = place % nR;
        List<Integer> out = new ArrayList<>();
        for (int t : rankedBy[place]) {
            int now = plan[t].assignmentPerRound()[r];
            if (now == a || !problem.allowed(t, r, a)) {
                continue;
            }
            if (now == Pricer.UNPLACED || problem.preferenceCost(t, r, a) < problem.preferenceCost(t, r, now)) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Integer> heldPlaces(int t) {
        List<Integer> out = new ArrayList<>();
        int[] perRound = plan[t].assignmentPerRound();
        for (int r = 0; r < nR; r++) {
            if (perRound[r] != Pricer.UNPLACED) {
                out.add(perRound[r] * nR + r);
            }
        }
        return out;
    }

    /** The places of t's first two choices in each of its rounds. */
    private List<Integer> wantedPlaces(int t) {
        List<Integer> out = new ArrayList<>();
        for (int r : pricer.roundsOf(t)) {
            int[] ranked = problem.ranked(t, r);
            for (int k = 0; k < Math.min(2, ranked.length); k++) {
                out.add(ranked[k] * nR + r);
            }
        }
        return out;
    }

    // ---- solving a group -------------------------------------------------------------------------

    /** A group's new trajectories when they total less than its current ones (else null), and how it went. */
    private record Solved(Trajectory[] better, boolean optimal, double seconds) {}

    private Solved solveGroup(int[] trainees, double seconds) {
        // the places the group holds are free for it; the others' placements stay
        for (int t : trainees) {
            occupy(plan[t], -1);
        }
        long worstOthers = 0;
        boolean[] inGroup = new boolean[plan.length];
        for (int t : trainees) {
            inGroup[t] = true;
        }
        for (int t = 0; t < plan.length; t++) {
            if (!inGroup[t]) {
                worstOthers = Math.max(worstOthers, plan[t].preference());
            }
        }
        // a place with room saves its unfilled penalty when taken; one without is closed to the group (H3)
        Pricer.Duals prices = (a, r) -> problem.withinCapacity(a, taken[a][r] + 1)
                ? problem.assignment(a).unfilledPenalty()
                : CLOSED;
        List<List<Trajectory>> options = new ArrayList<>();
        for (int t : trainees) {
            Set<Trajectory> own = new LinkedHashSet<>();
            own.add(plan[t]);
            addOneRoundMoves(t, own);
            for (Pricer.Priced p : pricer.cheapest(t, prices, worst, CANDIDATES)) {
                if (fits(p.trajectory())) {
                    own.add(p.trajectory());
                }
            }
            options.add(new ArrayList<>(own));
        }
        long before = groupCost(trainees, options, zeros(trainees.length), worstOthers);
        long started = System.nanoTime();
        Solved solved;
        try {
            solved = solveExactly(trainees, options, worstOthers, seconds, before);
        } finally {
            for (int t : trainees) {
                occupy(plan[t], 1);
            }
        }
        return new Solved(solved.better(), solved.optimal(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * t's trajectory with one round moved to one of the round's cheapest candidates that has room, the other
     * rounds kept: chains of such moves through the group are what reassigning a round finds, here for several
     * rounds at once.
     */
    private void addOneRoundMoves(int t, Set<Trajectory> into) {
        int[] rounds = pricer.roundsOf(t);
        for (int i = 0; i < rounds.length; i++) {
            if (pricer.pinned(t, i)) {
                continue; // H7: the pin stays
            }
            int r = rounds[i];
            int[] perRound = plan[t].assignmentPerRound().clone();
            int current = perRound[r];
            int[] candidates = pricer.candidates(t, i);
            int added = 0;
            for (int k = 0; k < candidates.length && added < ONE_ROUND_MOVES; k++) {
                int a = candidates[k];
                if (a == current
                        || !problem.withinCapacity(a, taken[a][r] + 1) // H3 against the others
                        || problem.roundAtSameOrganisation(perRound, r, a) >= 0) { // H4 between placements
                    continue;
                }
                perRound[r] = a;
                Trajectory moved = pricer.fromPlan(t, perRound);
                perRound[r] = current;
                if (moved.preference() <= worst) {
                    into.add(moved);
                    added++;
                }
            }
        }
    }

    /** Whether every place of the trajectory has room left by the trainees outside the group (H3). */
    private boolean fits(Trajectory tr) {
        int[] perRound = tr.assignmentPerRound();
        for (int r = 0; r < nR; r++) {
            if (perRound[r] != Pricer.UNPLACED && !problem.withinCapacity(perRound[r], taken[perRound[r]][r] + 1)) {
                return false;
            }
        }
        return true;
    }

    private static int[] zeros(int n) {
        return new int[n];
    }

    /**
     * The group's share of the total for a choice of one option per trainee: their trajectories, the empty
     * places they could fill and the fairness term, with the others' placements as they are (taken).
     */
    private long groupCost(int[] trainees, List<List<Trajectory>> options, int[] choice, long worstOthers) {
        long cost = 0;
        long worstOf = worstOthers;
        Map<Integer, Integer> used = new HashMap<>();
        for (int i = 0; i < trainees.length; i++) {
            Trajectory tr = options.get(i).get(choice[i]);
            cost += tr.cost();
            worstOf = Math.max(worstOf, tr.preference());
            int[] perRound = tr.assignmentPerRound();
            for (int r = 0; r < nR; r++) {
                if (perRound[r] != Pricer.UNPLACED) {
                    used.merge(perRound[r] * nR + r, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Integer, Integer> e : placesOf(options).entrySet()) {
            int a = e.getKey() / nR;
            int r = e.getKey() % nR;
            cost += problem.unfilledCost(a, r, taken[a][r] + used.getOrDefault(e.getKey(), 0));
        }
        return cost + problem.weights().fairness() * worstOf;
    }

    /** Every place some option uses, with the room the others leave there. */
    private Map<Integer, Integer> placesOf(List<List<Trajectory>> options) {
        Map<Integer, Integer> places = new HashMap<>();
        for (List<Trajectory> own : options) {
            for (Trajectory tr : own) {
                int[] perRound = tr.assignmentPerRound();
                for (int r = 0; r < nR; r++) {
                    int a = perRound[r];
                    if (a != Pricer.UNPLACED) {
                        places.putIfAbsent(a * nR + r, problem.assignment(a).capacity() - taken[a][r]);
                    }
                }
            }
        }
        return places;
    }

    private Solved solveExactly(
            int[] trainees, List<List<Trajectory>> options, long worstOthers, double seconds, long before) {
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[trainees.length][];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        Map<Integer, LinearExprBuilder> usage = new HashMap<>();
        long fairness = problem.weights().fairness();
        IntVar worstVar = fairness > 0 ? model.newIntVar(worstOthers, Math.max(worstOthers, worst), "worst") : null;
        for (int i = 0; i < trainees.length; i++) {
            List<Trajectory> own = options.get(i);
            x[i] = new BoolVar[own.size()];
            for (int k = 0; k < own.size(); k++) {
                Trajectory tr = own.get(k);
                x[i][k] = model.newBoolVar("x_" + i + "_" + k);
                // H3 and unfilled: each place taken saves its penalty, within the room the others leave
                long saved = 0;
                int[] perRound = tr.assignmentPerRound();
                for (int r = 0; r < nR; r++) {
                    if (perRound[r] != Pricer.UNPLACED) {
                        int place = perRound[r] * nR + r;
                        usage.computeIfAbsent(place, p -> LinearExpr.newBuilder())
                                .addTerm(x[i][k], 1);
                        saved += problem.assignment(perRound[r]).unfilledPenalty();
                    }
                }
                objective.addTerm(x[i][k], tr.cost() - saved);
                if (worstVar != null && tr.preference() > worstOthers) {
                    model.addGreaterOrEqual(
                            LinearExpr.newBuilder()
                                    .add(worstVar)
                                    .addTerm(x[i][k], -tr.preference())
                                    .build(),
                            0);
                }
                model.addHint(x[i][k], k == 0 ? 1 : 0);
            }
            model.addExactlyOne(x[i]);
        }
        Map<Integer, Integer> room = placesOf(options);
        for (Map.Entry<Integer, LinearExprBuilder> e : usage.entrySet()) {
            model.addLessOrEqual(e.getValue().build(), room.get(e.getKey()));
        }
        if (worstVar != null) {
            objective.addTerm(worstVar, fairness);
            long hinted = worstOthers;
            for (List<Trajectory> own : options) {
                hinted = Math.max(hinted, own.get(0).preference());
            }
            model.addHint(worstVar, hinted);
        }
        model.minimize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setLinearizationLevel(2).setMaxTimeInSeconds(Math.max(0.01, seconds));
        long t0 = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        Optimiser.trace(
                "  group of %d, %d options: %s in %d ms",
                trainees.length,
                options.stream().mapToInt(List::size).sum(),
                status,
                (System.nanoTime() - t0) / 1_000_000);
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solved(null, false, 0);
        }
        int[] choice = new int[trainees.length];
        for (int i = 0; i < trainees.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                if (solver.booleanValue(x[i][k])) {
                    choice[i] = k;
                }
            }
        }
        // the gain is counted again here, in whole numbers, rather than read from the solver
        long after = groupCost(trainees, options, choice, worstOthers);
        if (after >= before) {
            return new Solved(null, optimal, 0);
        }
        Trajectory[] better = new Trajectory[trainees.length];
        for (int i = 0; i < trainees.length; i++) {
            better[i] = options.get(i).get(choice[i]);
        }
        return new Solved(better, optimal, 0);
    }
}
