package nl.traineeplanner.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * Finds a trainee's trajectories of least reduced cost under given dual prices, by depth-first search
 * over the rounds with candidates sorted by price: the cheapest one (column generation) or every one
 * within a threshold (the enumeration that makes the final step exact).
 */
final class Pricer {

    static final int UNPLACED = -1;
    private static final int OTHER = -2; // a placement outside the candidates, in the relaxed search only

    private final Problem problem;
    private final int[][] roundsOf; // [t] planned round indices
    private final int[][][] candidates; // [t][i] allowed assignments for the i-th round of t
    private final long[][][] baseCost; // [t][i][k] placement cost
    private final long[][][] preferenceCost; // [t][i][k]
    private final boolean[][] pinnedRound; // [t][i] the coordinator fixed this round
    private final double[][] othersFloor; // [t][i] least placement cost of an allowed non-candidate, or +inf
    private final int[][][] byPreference; // [t][i] indices of the candidates by preference cost, ascending
    private final long[] mostPreference; // [t] the most preference cost any trajectory of t can have

    private final int[][] offeredIn; // [r] the assignments offered in round r
    private boolean complete = true;

    /**
     * @param unrankedLimit per trainee and round, at most this many assignments the trainee did not rank are
     *     kept as candidates (the cheapest for the trainee); with fewer than all, prices found here are not a
     *     proof and {@link #cheapestRelaxed} gives a valid bound
     */
    Pricer(Problem problem, List<Placement> pins, int unrankedLimit) {
        this.problem = problem;
        int nT = problem.traineeCount();
        int nR = problem.roundCount();
        int[][] pinned = new int[nT][nR];
        for (int[] row : pinned) {
            Arrays.fill(row, UNPLACED);
        }
        for (Placement pin : pins) {
            pinned[problem.traineeIndex(pin.trainee())][problem.roundIndex(pin.round())] =
                    problem.assignmentIndex(pin.assignment());
        }
        roundsOf = new int[nT][];
        candidates = new int[nT][][];
        baseCost = new long[nT][][];
        preferenceCost = new long[nT][][];
        pinnedRound = new boolean[nT][];
        othersFloor = new double[nT][];
        byPreference = new int[nT][][];
        mostPreference = new long[nT];
        offeredIn = new int[nR][];
        for (int r = 0; r < nR; r++) {
            int round = r;
            offeredIn[r] = IntStream.range(0, problem.assignmentCount())
                    .filter(a -> problem.offered(a, round))
                    .toArray();
        }
        // each trainee's candidates on their own, so in parallel: large instances spend seconds here
        boolean[] cut = new boolean[nT];
        IntStream.range(0, nT).parallel().forEach(t -> cut[t] = prepare(t, pinned[t], unrankedLimit));
        for (boolean c : cut) {
            complete &= !c;
        }
    }

    /** Sets up the candidates of t; true when some allowed placements were left out of them. */
    private boolean prepare(int t, int[] pinnedOf, int unrankedLimit) {
        int nR = problem.roundCount();
        boolean cut = false;
        List<Integer> rounds = new ArrayList<>();
        for (int r = 0; r < nR; r++) {
            if (problem.traineeInRound(t, r)) { // H1: only the trainee's own rounds
                rounds.add(r);
            }
        }
        roundsOf[t] = rounds.stream().mapToInt(Integer::intValue).toArray();
        int n = roundsOf[t].length;
        candidates[t] = new int[n][];
        baseCost[t] = new long[n][];
        preferenceCost[t] = new long[n][];
        pinnedRound[t] = new boolean[n];
        othersFloor[t] = new double[n];
        byPreference[t] = new int[n][];
        Arrays.fill(othersFloor[t], Double.POSITIVE_INFINITY);
        // host and travel cost of each assignment the rules allow in any round, -1 for those H4 (history), H5 and
        // H6 forbid: the same in every round, so worked out once (large instances have thousands of assignments per
        // trainee). H4 between the trainee's own placements is kept by the search (organisationTaken), H1's one
        // placement per round by choosing one candidate per round, H3 by the master's capacity rows, H7 here: a
        // pinned round has its pin as the only candidate.
        long[] hostAndTravel = problem.hostAndTravelCosts(t);
        for (int i = 0; i < n; i++) {
            int r = roundsOf[t][i];
            int[] allowed;
            pinnedRound[t][i] = pinnedOf[r] != UNPLACED;
            if (pinnedRound[t][i]) {
                allowed = new int[] {pinnedOf[r]};
            } else {
                allowed = allowedAssignments(r, hostAndTravel);
                if (allowed.length > (long) unrankedLimit + problem.ranked(t, r).length) {
                    allowed = keepRankedAndCheapest(t, r, allowed, hostAndTravel, unrankedLimit, othersFloor[t], i);
                    cut = true;
                }
            }
            // candidates in order of placement cost: prices rarely lower it, so the search meets the
            // cheap ones first and can stop early without sorting at every pricing
            long[] keyed = new long[allowed.length];
            for (int k = 0; k < allowed.length; k++) {
                keyed[k] = (problem.placementCost(t, r, allowed[k]) << 24) | allowed[k];
            }
            Arrays.sort(keyed);
            candidates[t][i] = new int[allowed.length];
            baseCost[t][i] = new long[allowed.length];
            preferenceCost[t][i] = new long[allowed.length];
            for (int k = 0; k < allowed.length; k++) {
                int a = (int) (keyed[k] & 0xFFFFFF);
                candidates[t][i][k] = a;
                baseCost[t][i][k] = keyed[k] >>> 24;
                preferenceCost[t][i][k] = problem.preferenceCost(t, r, a);
            }
            long[] pref = preferenceCost[t][i];
            mostPreference[t] += Arrays.stream(pref).max().orElse(0);
            byPreference[t][i] = IntStream.range(0, allowed.length)
                    .boxed()
                    .sorted((x, y) -> Long.compare(pref[x], pref[y]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return cut;
    }

    /** The assignments offered in r (H2) that H4 (history), H5 and H6 allow (hostAndTravel not -1). */
    private int[] allowedAssignments(int r, long[] hostAndTravel) {
        int[] out = new int[offeredIn[r].length];
        int n = 0;
        for (int a : offeredIn[r]) {
            if (hostAndTravel[a] >= 0) {
                out[n++] = a;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] keepRankedAndCheapest(
            int t, int r, int[] allowed, long[] hostAndTravel, int unrankedLimit, double[] floor, int i) {
        // the unranked ones by cost in a bounded max-heap of (cost, assignment) packed in one long
        long[] heap = new long[unrankedLimit];
        int size = 0;
        int[] kept = new int[allowed.length];
        int n = 0;
        int[] ranked = problem.ranked(t, r);
        long unrankedCost = ranked.length == 0 ? 0 : problem.weights().unranked();
        for (int a : allowed) {
            if (contains(ranked, a)) {
                kept[n++] = a;
                continue;
            }
            long key = ((unrankedCost + hostAndTravel[a]) << 24) | a;
            if (size < unrankedLimit) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key < heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        for (int k = 0; k < size; k++) {
            kept[n++] = (int) (heap[k] & 0xFFFFFF);
        }
        // every dropped one costs at least the dearest kept one
        floor[i] = size == 0 ? Double.POSITIVE_INFINITY : (double) (heap[0] >>> 24);
        int[] out = Arrays.copyOf(kept, n);
        Arrays.sort(out);
        return out;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
            swap(heap, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int largest = i;
            for (int c = 2 * i + 1; c <= 2 * i + 2 && c < size; c++) {
                if (heap[c] > heap[largest]) {
                    largest = c;
                }
            }
            if (largest == i) {
                return;
            }
            swap(heap, i, largest);
            i = largest;
        }
    }

    private static void swap(long[] heap, int i, int j) {
        long tmp = heap[i];
        heap[i] = heap[j];
        heap[j] = tmp;
    }

    /**
     * A lower bound on the least price of any trajectory of t, candidates or not, with the places the
     * cheapest trajectory of that relaxation uses. Where a round has placements that are not candidates, the
     * search may take "another place" there: it costs the least placement cost of those (valid for prices of
     * places that are never positive), uses no priced place, and is assumed to bring a new programme, no
     * repeated domain and no second placement at one organisation, so that no trajectory costs less.
     */
    Relaxed cheapestRelaxed(int t, Duals duals) {
        Search s = new Search(t, duals, Double.POSITIVE_INFINITY, false, Long.MAX_VALUE);
        s.others = true;
        s.run();
        int[] places = new int[problem.roundCount()];
        Arrays.fill(places, UNPLACED);
        for (int i = 0; i < roundsOf[t].length; i++) {
            places[roundsOf[t][i]] = Math.max(UNPLACED, s.relaxedChoice[i]);
        }
        return new Relaxed(s.relaxedPrice, places);
    }

    /** A lower bound on the price of every trajectory of a trainee, and the places (per round) it takes. */
    record Relaxed(double price, int[] placesPerRound) {}

    /** Whether every allowed placement is a candidate, so that prices found here prove bounds. */
    boolean complete() {
        return complete;
    }

    int[] roundsOf(int t) {
        return roundsOf[t];
    }

    /** The candidates of t in its i-th planned round, cheapest placement first; the pin alone when pinned. */
    int[] candidates(int t, int i) {
        return candidates[t][i];
    }

    /** Whether the coordinator pinned t's i-th planned round. */
    boolean pinned(int t, int i) {
        return pinnedRound[t][i];
    }

    /** Dual prices of the master: the price of a place per (assignment, round). */
    interface Duals {
        double capacity(int a, int r);
    }

    /**
     * The cheapest trajectory of t under the duals whose preference cost is at most {@code cap}, with its
     * price (reduced cost before the convexity dual); null when the pins alone exceed the cap.
     */
    Priced cheapest(int t, Duals duals, long cap) {
        return cheapest(t, duals, cap, 1).get(0);
    }

    /** The {@code keep} cheapest trajectories of t under the duals and the cap, cheapest first. */
    List<Priced> cheapest(int t, Duals duals, long cap, int keep) {
        Search s = new Search(t, duals, Double.POSITIVE_INFINITY, false, cap);
        s.keep = keep;
        s.run();
        return s.found;
    }

    /**
     * Every trajectory of t whose price is at most {@code limit} and preference cost at most {@code cap}; or
     * null once more than {@code budget} allows have been found, counting down what is shared with other
     * searches (so that a wide gap cannot fill the memory).
     */
    List<Priced> within(int t, Duals duals, double limit, long cap, AtomicLong budget) {
        Search s = new Search(t, duals, limit, true, cap);
        s.budget = budget;
        s.run();
        return s.overBudget ? null : s.found;
    }

    /** A trajectory together with its price under the duals it was found with. */
    record Priced(Trajectory trajectory, double price) {}

    /** The trajectory of t in a plan given per round of the instance (-1 where unplaced). */
    Trajectory fromPlan(int t, int[] assignmentPerInstanceRound) {
        int[] perRound = new int[roundsOf[t].length];
        for (int i = 0; i < perRound.length; i++) {
            perRound[i] = assignmentPerInstanceRound[roundsOf[t][i]];
        }
        return trajectory(t, perRound);
    }

    /** Every trainee's trajectory in a plan given as placements, in the order of the trainees. */
    List<Trajectory> fromPlacements(List<Placement> placements) {
        int[][] perRound = new int[problem.traineeCount()][problem.roundCount()];
        for (int[] row : perRound) {
            Arrays.fill(row, UNPLACED);
        }
        for (Placement p : placements) {
            perRound[problem.traineeIndex(p.trainee())][problem.roundIndex(p.round())] =
                    problem.assignmentIndex(p.assignment());
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (int t = 0; t < perRound.length; t++) {
            trajectories.add(fromPlan(t, perRound[t]));
        }
        return trajectories;
    }

    /** The trajectory that keeps the pins and leaves every other round unplaced: always feasible. */
    Trajectory pinsOnly(int t) {
        int n = roundsOf[t].length;
        int[] perRound = new int[n];
        for (int i = 0; i < n; i++) {
            perRound[i] = pinnedRound[t][i] ? candidates[t][i][0] : UNPLACED;
        }
        return trajectory(t, perRound);
    }

    /** Exact trajectory cost as the scorer defines it; the search itself only uses it for the leaves. */
    Trajectory trajectory(int t, int[] perRound) {
        int[] own = roundsOf[t];
        int[] full = new int[problem.roundCount()];
        Arrays.fill(full, UNPLACED);
        int n = 0;
        for (int i = 0; i < own.length; i++) {
            full[own[i]] = perRound[i];
            if (perRound[i] != UNPLACED) {
                n++;
            }
        }
        int[] rounds = new int[n];
        int[] assignments = new int[n];
        for (int i = 0, k = 0; i < own.length; i++) {
            if (perRound[i] != UNPLACED) {
                rounds[k] = own[i];
                assignments[k++] = perRound[i];
            }
        }
        Problem.TraineeTerms terms = problem.traineeTerms(t, rounds, assignments, n);
        return new Trajectory(t, full, terms.withUnplaced(problem.weights()), terms.preference());
    }

    private final class Search {
        private final int t;
        private final Duals duals;
        private final boolean collect;
        private final int n;
        private final double[][] price;
        private final double[] mostLowered; // [i] the largest amount a price lowers a placement cost, or 0
        private final double unplacedPrice;
        // [i] the distinct preference costs of round i's options, ascending, and the least price of an
        // option whose preference cost is at most each: under a cap, the rounds still open are bounded by
        // what the preference cost left allows
        private final long[][] levels;
        private final double[][] leastUpTo;
        private final double[] restAll; // [i] least price of rounds i..n-1 whatever their preference cost
        private final long[] restTop; // [i] the highest level of rounds i..n-1: a budget at least this binds none
        private final int[] chosen;
        private final int[] domainCount;
        private final boolean[] programmeHave;
        private final long domainWeight;
        private final long programmeWeight;
        private final long cap;
        private int keep = 1;
        private AtomicLong budget;
        private boolean overBudget;
        private boolean others;
        private double relaxedPrice = Double.POSITIVE_INFINITY;
        private int[] relaxedChoice;
        private double limit;
        private long partialPreference;
        private int programmesHave;
        private int repeats;
        private final List<Priced> found = new ArrayList<>();

        Search(int t, Duals duals, double limit, boolean collect, long cap) {
            this.t = t;
            this.cap = cap;
            this.duals = duals;
            this.limit = limit;
            this.collect = collect;
            this.n = roundsOf[t].length;
            this.domainWeight = problem.weights().domainRepeat();
            this.programmeWeight = problem.weights().programmeMissing();
            this.unplacedPrice = problem.weights().unplaced();
            price = new double[n][];
            mostLowered = new double[n];
            for (int i = 0; i < n; i++) {
                int r = roundsOf[t][i];
                int[] cand = candidates[t][i];
                double[] p = new double[cand.length];
                for (int k = 0; k < cand.length; k++) {
                    double dual = duals.capacity(cand[k], r);
                    p[k] = baseCost[t][i][k] - dual;
                    mostLowered[i] = Math.max(mostLowered[i], dual);
                }
                price[i] = p;
            }
            levels = new long[n][];
            leastUpTo = new double[n][];
            restAll = new double[n + 1];
            restTop = new long[n + 1];
            // a cap at least the most preference cost t can have binds no round: the levels are not needed
            boolean binds = cap < mostPreference[t];
            for (int i = n - 1; i >= 0; i--) {
                if (binds) {
                    byLevel(i);
                    int m = levels[i].length;
                    restAll[i] = m == 0 ? Double.POSITIVE_INFINITY : restAll[i + 1] + leastUpTo[i][m - 1];
                    restTop[i] = m == 0 ? Long.MAX_VALUE : Math.max(restTop[i + 1], levels[i][m - 1]);
                } else {
                    double least = pinnedRound[t][i] ? Double.POSITIVE_INFINITY : unplacedPrice;
                    least = Math.min(least, othersFloor[t][i]);
                    for (double p : price[i]) {
                        least = Math.min(least, p);
                    }
                    restAll[i] = restAll[i + 1] + least;
                    restTop[i] = 0; // every budget is at least this: rest() is restAll
                }
            }
            chosen = new int[n];
            domainCount = new int[problem.domainCount()];
            for (int d = 0; d < domainCount.length; d++) {
                domainCount[d] = problem.historyDomainCount(t, d);
                repeats += Math.max(0, domainCount[d] - 1);
            }
            programmeHave = new boolean[problem.programmeCount()];
            for (int p = 0; p < programmeHave.length; p++) {
                programmeHave[p] = problem.historyHasProgramme(t, p);
                if (programmeHave[p]) {
                    programmesHave++;
                }
            }
        }

        void run() {
            dfs(0, 0.0);
        }

        private void byLevel(int i) {
            int[] order = byPreference[t][i];
            long[] pref = preferenceCost[t][i];
            long[] lv = new long[order.length + 1];
            double[] least = new double[order.length + 1];
            int m = 0;
            // unplaced, or a place outside the candidates (its preference cost taken as none): the least level
            double none = pinnedRound[t][i] ? Double.POSITIVE_INFINITY : unplacedPrice;
            none = Math.min(none, othersFloor[t][i]);
            if (none != Double.POSITIVE_INFINITY) {
                lv[0] = 0;
                least[0] = none;
                m = 1;
            }
            for (int k : order) {
                if (m > 0 && lv[m - 1] == pref[k]) {
                    least[m - 1] = Math.min(least[m - 1], price[i][k]);
                } else {
                    lv[m] = pref[k];
                    least[m] = m > 0 ? Math.min(least[m - 1], price[i][k]) : price[i][k];
                    m++;
                }
            }
            levels[i] = Arrays.copyOf(lv, m);
            leastUpTo[i] = Arrays.copyOf(least, m);
        }

        /** Least price of rounds i..n-1 when their preference costs may add up to at most {@code budget}. */
        private double rest(int i, long budget) {
            if (budget >= restTop[i]) {
                return restAll[i];
            }
            double sum = 0;
            for (int j = i; j < n; j++) {
                long[] lv = levels[j];
                if (lv.length == 0 || lv[0] > budget) {
                    return Double.POSITIVE_INFINITY;
                }
                if (lv[lv.length - 1] <= budget) {
                    sum += leastUpTo[j][lv.length - 1];
                } else {
                    int at = Arrays.binarySearch(lv, budget);
                    sum += leastUpTo[j][at >= 0 ? at : -at - 2];
                }
            }
            return sum;
        }

        /** Least cost the coupling terms can still add, given the choices so far. */
        private double couplingBound(int depth) {
            int stillToPlace = n - depth;
            int missing = Math.max(0, problem.neededProgrammes(t) - programmesHave - stillToPlace);
            return (double) domainWeight * repeats + (double) programmeWeight * missing;
        }

        private void dfs(int i, double partial) {
            if (partial + rest(i, cap - partialPreference) + couplingBound(i) > limit + 1e-9) {
                return;
            }
            if (i == n) {
                leaf(partial);
                return;
            }
            double[] p = price[i];
            long[] base = baseCost[t][i];
            int[] cand = candidates[t][i];
            double rest = rest(i + 1, cap - partialPreference) + couplingBound(i);
            for (int k = 0; k < cand.length; k++) {
                if (partial + base[k] - mostLowered[i] + rest > limit + 1e-9) {
                    break; // every later candidate costs at least as much
                }
                if (partial + p[k] + rest > limit + 1e-9) {
                    continue;
                }
                int a = cand[k];
                long pref = preferenceCost[t][i][k];
                if (partialPreference + pref > cap || organisationTaken(a, i)) {
                    continue;
                }
                partialPreference += pref;
                chosen[i] = a;
                int d = problem.domainOf(a);
                int pr = problem.programmeOf(a);
                if (domainCount[d]++ >= 1) {
                    repeats++;
                }
                boolean newProgramme = !programmeHave[pr];
                if (newProgramme) {
                    programmeHave[pr] = true;
                    programmesHave++;
                }
                dfs(i + 1, partial + p[k]);
                partialPreference -= pref;
                if (newProgramme) {
                    programmeHave[pr] = false;
                    programmesHave--;
                }
                if (--domainCount[d] >= 1) {
                    repeats--;
                }
            }
            if (others && othersFloor[t][i] != Double.POSITIVE_INFINITY) {
                chosen[i] = OTHER;
                programmesHave++; // at best a programme the trainee still misses
                dfs(i + 1, partial + othersFloor[t][i]);
                programmesHave--;
            }
            // staying unplaced this round is always possible, unless the round is pinned
            if (!pinnedRound[t][i]) {
                chosen[i] = UNPLACED;
                dfs(i + 1, partial + unplacedPrice);
            }
        }

        /** H4 between placements: a is at the organisation of a choice made so far (UNPLACED and OTHER are at none). */
        private boolean organisationTaken(int a, int depth) {
            for (int j = 0; j < depth; j++) {
                if (problem.sameOrganisation(chosen[j], a)) {
                    return true;
                }
            }
            return false;
        }

        private void leaf(double partial) {
            // the coupling terms from the search state; the trajectory itself is costed by Problem
            double priceOfLeaf = partial + couplingBound(n);
            if (priceOfLeaf > limit + 1e-9) {
                return;
            }
            if (others) {
                relaxedLeaf(priceOfLeaf);
                return;
            }
            Trajectory tr = trajectory(t, chosen.clone());
            Priced pr = new Priced(tr, price(tr));
            if (collect) {
                if (budget != null && budget.decrementAndGet() < 0) {
                    overBudget = true;
                    limit = Double.NEGATIVE_INFINITY; // ends the search
                    return;
                }
                found.add(pr);
                return;
            }
            int at = 0;
            while (at < found.size() && found.get(at).price() <= pr.price()) {
                at++;
            }
            if (at < keep) {
                found.add(at, pr);
                if (found.size() > keep) {
                    found.remove(keep);
                }
                if (found.size() == keep) {
                    limit = found.get(keep - 1).price() - 1e-9;
                }
            }
        }

        private void relaxedLeaf(double priceOfLeaf) {
            boolean known = Arrays.stream(chosen).noneMatch(c -> c == OTHER);
            // with every placement known the exact price, otherwise the coupling terms at their least
            double p = known ? price(trajectory(t, chosen.clone())) : priceOfLeaf;
            if (p < relaxedPrice) {
                relaxedPrice = p;
                relaxedChoice = chosen.clone();
                limit = p - 1e-9;
            }
        }

        private double price(Trajectory tr) {
            double p = tr.cost();
            int[] perRound = tr.assignmentPerRound();
            for (int r = 0; r < perRound.length; r++) {
                if (perRound[r] != UNPLACED) {
                    p -= duals.capacity(perRound[r], r);
                }
            }
            return p;
        }
    }
}
