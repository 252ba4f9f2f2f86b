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
    private final int[][] kindsOf; // [t][i] how many kinds (domain and programme) the candidates of round i have

    private final int[][] offeredIn; // [r] the assignments offered in round r
    private boolean complete = true;

    // what widening needs: the pins, how many unranked candidates each trainee keeps, who has fewer than all, and
    // the candidates of all trainees and rounds together
    private final int[][] pinned; // [t][r] the pinned assignment, or UNPLACED
    private final int[] unrankedLimit; // [t] unranked candidates kept per round
    private final boolean[] cut; // [t] some allowed placements are not candidates
    private long entries;

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
        kindsOf = new int[nT][];
        offeredIn = new int[nR][];
        for (int r = 0; r < nR; r++) {
            int round = r;
            offeredIn[r] = IntStream.range(0, problem.assignmentCount())
                    .filter(a -> problem.offered(a, round))
                    .toArray();
        }
        // each trainee's candidates on their own, so in parallel: large instances spend seconds here
        this.pinned = pinned;
        this.unrankedLimit = new int[nT];
        Arrays.fill(this.unrankedLimit, unrankedLimit);
        this.cut = new boolean[nT];
        IntStream.range(0, nT).parallel().forEach(t -> cut[t] = prepare(t, pinned[t], unrankedLimit));
        for (boolean c : cut) {
            complete &= !c;
        }
        for (int t = 0; t < nT; t++) {
            entries += candidateEntries(t);
        }
    }

    /** Candidates of all trainees and rounds together. */
    long candidateCount() {
        return entries;
    }

    private long candidateEntries(int t) {
        long n = 0;
        for (int[] round : candidates[t]) {
            n += round.length;
        }
        return n;
    }

    /**
     * Twice as many unranked candidates for each of these trainees (all once that is more than there are),
     * while all candidates together stay within {@code most}; the trainees widened. Not while a search runs.
     */
    List<Integer> widen(List<Integer> trainees, long most) {
        List<Integer> widened = new ArrayList<>();
        long room = most - entries;
        for (int t : trainees) {
            // at most this many more: the unranked ones kept in each round, again
            long more = (long) roundsOf[t].length * unrankedLimit[t];
            if (cut[t] && more <= room) {
                room -= more;
                widened.add(t);
            }
        }
        long[] before = new long[widened.size()];
        IntStream.range(0, widened.size()).parallel().forEach(k -> {
            int t = widened.get(k);
            before[k] = candidateEntries(t);
            unrankedLimit[t] = (int) Math.min(Integer.MAX_VALUE, 2L * unrankedLimit[t]);
            mostPreference[t] = 0;
            cut[t] = prepare(t, pinned[t], unrankedLimit[t]);
        });
        for (int k = 0; k < before.length; k++) {
            entries += candidateEntries(widened.get(k)) - before[k];
        }
        boolean all = true;
        for (boolean c : cut) {
            all &= !c;
        }
        complete = all;
        return widened;
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
        kindsOf[t] = new int[n];
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
            kindsOf[t][i] = (int)
                    Arrays.stream(candidates[t][i]).map(this::kindOf).distinct().count();
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
        // the unranked ones by cost, the unrankedLimit cheapest kept
        Cheapest unranked = new Cheapest(unrankedLimit);
        int[] kept = new int[allowed.length];
        int n = 0;
        int[] ranked = problem.ranked(t, r);
        long unrankedCost = ranked.length == 0 ? 0 : problem.weights().unranked();
        for (int a : allowed) {
            if (contains(ranked, a)) {
                kept[n++] = a;
                continue;
            }
            unranked.offer(unrankedCost + hostAndTravel[a], a);
        }
        for (int a : unranked.assignments()) {
            kept[n++] = a;
        }
        // every dropped one costs at least the dearest kept one
        floor[i] = unranked.size() == 0 ? Double.POSITIVE_INFINITY : (double) unranked.dearest();
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
        boolean elsewhere = false;
        for (int i = 0; i < roundsOf[t].length; i++) {
            places[roundsOf[t][i]] = Math.max(UNPLACED, s.relaxedChoice[i]);
            elsewhere |= s.relaxedChoice[i] == OTHER;
        }
        return new Relaxed(s.relaxedPrice, places, elsewhere);
    }

    /**
     * A lower bound on the price of every trajectory of a trainee, and the places (per round) it takes; elsewhere
     * when it takes a place outside the candidates in some round (not among the places).
     */
    record Relaxed(double price, int[] placesPerRound, boolean elsewhere) {}

    /**
     * The kind of an assignment, as the terms of a trainee's whole set of placements see it: its domain and its
     * programme (0 to domains × programmes - 1).
     */
    private int kindOf(int a) {
        return problem.domainOf(a) * problem.programmeCount() + problem.programmeOf(a);
    }

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

        /**
         * Whether no price lowers a placement cost (every price is zero or below): a search then reads the
         * candidates of a round, cheapest placement first, only as far as their prices matter.
         */
        default boolean chargesOnly() {
            return false;
        }

        /** Prices that only charge places, never lower a cost: every price zero or below. */
        static Duals charges(Duals prices) {
            return new Duals() {
                @Override
                public double capacity(int a, int r) {
                    return prices.capacity(a, r);
                }

                @Override
                public boolean chargesOnly() {
                    return true;
                }
            };
        }
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

    /**
     * The candidates of a round in order of price, ascending, found only as far as a search reads them (a search
     * reads the cheapest few of thousands). Candidates are sorted by placement cost; when prices only charge, a
     * candidate's price is at least its placement cost, so those not yet read cost at least the next placement
     * cost and their prices are only worked out once the search gets there. Otherwise all are priced at once.
     */
    private static final class PriceOrder {
        private final long[] base;
        private final int[] candidates;
        private final Duals duals;
        private final int round;
        private final double[] price;
        private int scanned;
        private final int[] heap;
        private int heapSize;
        private final int[] order;
        private int ordered;

        PriceOrder(long[] base, int[] candidates, Duals duals, int round, boolean lazy) {
            this.base = base;
            this.candidates = candidates;
            this.duals = duals;
            this.round = round;
            int m = base.length;
            this.price = new double[m];
            this.heap = new int[m];
            this.order = new int[m];
            if (!lazy) {
                for (int k = 0; k < m; k++) {
                    price[k] = base[k] - duals.capacity(candidates[k], round);
                    heap[k] = k;
                }
                scanned = m;
                heapSize = m;
                for (int i = m / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }
        }

        int size() {
            return order.length;
        }

        /** The index of the candidate at this position in order of price. */
        int at(int position) {
            while (ordered <= position) {
                while (scanned < base.length && (heapSize == 0 || price[heap[0]] > base[scanned])) {
                    price[scanned] = base[scanned] - duals.capacity(candidates[scanned], round);
                    push(scanned++);
                }
                order[ordered++] = pop();
            }
            return order[position];
        }

        private void push(int k) {
            int i = heapSize++;
            heap[i] = k;
            while (i > 0 && price[heap[(i - 1) / 2]] > price[k]) {
                heap[i] = heap[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            heap[i] = k;
        }

        private int pop() {
            int top = heap[0];
            heap[0] = heap[--heapSize];
            siftDown(0);
            return top;
        }

        private void siftDown(int i) {
            while (true) {
                int least = i;
                for (int c = 2 * i + 1; c <= 2 * i + 2 && c < heapSize; c++) {
                    if (price[heap[c]] < price[heap[least]]) {
                        least = c;
                    }
                }
                if (least == i) {
                    return;
                }
                int tmp = heap[i];
                heap[i] = heap[least];
                heap[least] = tmp;
                i = least;
            }
        }
    }

    private final class Search {
        private final int t;
        private final Duals duals;
        private final boolean collect;
        private final int n;
        private final double[][] price;
        private final PriceOrder[] byPrice; // [i] round i's candidates by price, ascending
        // dominance among candidates of one kind (domain and programme): with the preference cost unbounded, a
        // candidate of the same kind as cheaper ones already tried at this depth, at distinct organisations, is
        // never needed once there are more of them than the later rounds can block (those rounds take an
        // organisation each) and keep wants: one of those gives a trajectory that costs no more
        private final boolean dominance;
        private final int[][] triedOfKind; // [i][kind] candidates tried at depth i, at distinct organisations
        private final int[][][] triedOrganisations; // [i][kind][j] their organisations
        private final int[] fullKinds; // [i] kinds with no further candidate needed at depth i
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
            // a cap at least the most preference cost t can have binds no round: the levels are not needed
            boolean binds = cap < mostPreference[t];
            boolean lazy = duals.chargesOnly() && !binds && !collect;
            price = new double[n][];
            byPrice = new PriceOrder[n];
            for (int i = 0; i < n; i++) {
                byPrice[i] = new PriceOrder(baseCost[t][i], candidates[t][i], duals, roundsOf[t][i], lazy);
                price[i] = byPrice[i].price;
            }
            levels = new long[n][];
            leastUpTo = new double[n][];
            restAll = new double[n + 1];
            restTop = new long[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                if (binds) {
                    byLevel(i);
                    int m = levels[i].length;
                    restAll[i] = m == 0 ? Double.POSITIVE_INFINITY : restAll[i + 1] + leastUpTo[i][m - 1];
                    restTop[i] = m == 0 ? Long.MAX_VALUE : Math.max(restTop[i + 1], levels[i][m - 1]);
                } else {
                    double least = pinnedRound[t][i] ? Double.POSITIVE_INFINITY : unplacedPrice;
                    least = Math.min(least, othersFloor[t][i]);
                    if (byPrice[i].size() > 0) {
                        least = Math.min(least, price[i][byPrice[i].at(0)]);
                    }
                    restAll[i] = restAll[i + 1] + least;
                    restTop[i] = 0; // every budget is at least this: rest() is restAll
                }
            }
            dominance = !collect && !binds;
            int kinds = problem.domainCount() * problem.programmeCount(); // every kindOf below this
            triedOfKind = dominance ? new int[n][kinds] : null;
            triedOrganisations = dominance ? new int[n][kinds][] : null;
            fullKinds = new int[n];
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
            int[] cand = candidates[t][i];
            double rest = rest(i + 1, cap - partialPreference) + couplingBound(i);
            if (dominance) {
                Arrays.fill(triedOfKind[i], 0);
                fullKinds[i] = 0;
            }
            PriceOrder order = byPrice[i];
            for (int position = 0; position < order.size(); position++) {
                int k = order.at(position);
                if (partial + p[k] + rest > limit + 1e-9) {
                    break; // every later candidate costs at least as much
                }
                int a = cand[k];
                long pref = preferenceCost[t][i][k];
                if (partialPreference + pref > cap || organisationTaken(a, i)) {
                    continue;
                }
                if (dominance && dominated(i, a)) {
                    if (fullKinds[i] == kindsOf[t][i]) {
                        break; // every kind among the candidates has all it needs
                    }
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

        /**
         * Whether candidate a, at depth i, is not needed because cheaper candidates of its kind were tried there
         * (see {@link #dominance}); otherwise it counts as tried. The later rounds block at most n - 1 - i
         * organisations, so among n - 1 - i + keep tried at distinct organisations, keep fit every completion;
         * with keep 1, one tried at a's own organisation fits wherever a does.
         */
        private boolean dominated(int i, int a) {
            int kind = kindOf(a);
            int organisation = problem.organisationOf(a);
            int enough = n - 1 - i + keep;
            int tried = triedOfKind[i][kind];
            if (tried >= enough) {
                return true;
            }
            int[] organisations = triedOrganisations[i][kind];
            if (organisations == null) {
                organisations = new int[enough];
                triedOrganisations[i][kind] = organisations;
            }
            for (int j = 0; j < tried; j++) {
                if (organisations[j] == organisation) {
                    return keep == 1;
                }
            }
            organisations[tried] = organisation;
            triedOfKind[i][kind] = tried + 1;
            if (tried + 1 == enough) {
                fullKinds[i]++;
            }
            return false;
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
