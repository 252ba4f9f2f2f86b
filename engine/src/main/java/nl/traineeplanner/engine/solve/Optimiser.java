package nl.traineeplanner.engine.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;

/**
 * The exact optimiser: a plan proven optimal, or the best found in time with a proven lower bound.
 *
 * <p>It works on trajectories (a trainee's placements in all rounds at once), so the terms that couple
 * rounds — different organisations, variety of domains, both programmes — sit inside one column and the
 * linear relaxation is tight. Column generation solves that relaxation and gives a lower bound; an
 * integer programme over the columns found gives a plan; then every trajectory whose reduced cost is
 * within the gap is enumerated, which proves that no plan outside the columns can be better. Fairness, a
 * maximum over trainees, is handled as a descending sequence of caps on each trainee's preference cost.
 * Instances too large for the relaxation in time get a Lagrangian bound and a plan repaired from its
 * prices ({@link Lagrangian}). A deferred-acceptance plan, improved round by round ({@link RoundReassignment}),
 * is the start and the fallback. A solve ends before its time limit only with a proof: in the time left a
 * large-neighbourhood search ({@link NeighbourhoodSearch}) improves the plan.
 */
public final class Optimiser {

    static final double EPS = 1e-6;
    // trainees × assignments beyond which the relaxation is not solved in time, and prices come from
    // subgradient steps instead; and beyond which not every unranked placement fits in memory as a candidate
    private static final long LAGRANGIAN_PAIRS = 3_000_000;
    private static final long FULL_PRICING_PAIRS = 3_000_000;
    private static final int UNRANKED_CANDIDATES = 40;
    private static final int SEED_COLUMNS = 3;

    // -Dtraineeplanner.trace=true prints each step of a solve to stderr, for diagnosing slow instances
    private static final boolean TRACE = Boolean.getBoolean("traineeplanner.trace");

    private Optimiser() {}

    /** The least integer at or above a solver's value, allowing for its tolerance. */
    static long ceil(double value) {
        return (long) Math.ceil(value - EPS * Math.max(1, Math.abs(value)));
    }

    static void trace(String format, Object... args) {
        if (TRACE) {
            System.err.printf("[optimiser] " + format + "%n", args);
        }
    }

    /**
     * How to solve.
     *
     * @param stop asked between the steps of a solve; once it answers true the solve ends as if the time
     *     limit were reached, with the best plan so far and its bound
     */
    public record Options(Duration timeLimit, ProgressListener progress, BooleanSupplier stop) {
        public Options(Duration timeLimit, ProgressListener progress) {
            this(timeLimit, progress, () -> false);
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(60), ProgressListener.NONE);
        }

        public Options withTimeLimit(Duration limit) {
            return new Options(limit, progress, stop);
        }

        public Options withProgress(ProgressListener listener) {
            return new Options(timeLimit, listener, stop);
        }

        public Options withStop(BooleanSupplier request) {
            return new Options(timeLimit, progress, request);
        }
    }

    /** Told about progress: best objective so far (or -1 when none yet) and best proven bound. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (objective, bound, elapsedMillis) -> {};

        void improved(long objective, long bound, long elapsedMillis);
    }

    /** Outcome of a solve; placements keep every hard rule. */
    public record Result(boolean optimal, List<Placement> placements, long objective, long bound, long solveMillis) {}

    /** Loads the solver's native libraries now (once per process) rather than in the first solve. */
    public static void loadSolver() {
        MasterProblem.loadNativeLibraries();
    }

    /**
     * Solves the problem. A plan not proven optimal is improved until the time limit (or a stop request): the
     * solve only ends early with a proof.
     */
    public static Result solve(Problem problem, Options options) {
        return solveReporting(problem, options, false).result();
    }

    /**
     * How a solve ended: whether it ended with time left (the time limit not reached, no stop request), and
     * how many groups of trainees the neighbourhood search re-solved in the time left.
     */
    record Report(Result result, boolean endedWithTimeLeft, int neighbourhoods) {}

    /** {@link #solve}, with how it ended; {@code lagrangianOnly} takes the path of large instances at any size. */
    static Report solveReporting(Problem problem, Options options, boolean lagrangianOnly) {
        MasterProblem.loadNativeLibraries();
        Run run = new Run(problem, options, lagrangianOnly);
        Result result = run.solve();
        return new Report(result, run.remaining() > 0, run.neighbourhoods);
    }

    /** Plans under {@code cap} whose worst-off preference cost is at least {@code worstFrom} total at least bound. */
    private record OpenRange(long cap, long worstFrom, long bound) {}

    /** The proof of open range {@code range} (an index), running on its own thread. */
    private record Proof(int range, CappedSolver.PendingSettle pending, Future<CappedSolver.Settled> result) {}

    private static final class Run {
        private final Problem problem;
        private final Options options;
        private final long started = System.currentTimeMillis();
        private final long deadline;
        private final long fairness;
        private final Pricer pricer;
        private final MasterProblem master;
        private final CappedSolver caps;
        // one for the whole solve: it knows how long a round took, so that none starts without the time to end
        private final RoundReassignment rounds;
        // too large for the relaxation in time: a Lagrangian bound and a repaired plan instead of the caps
        private final boolean lagrangianOnly;

        // the best plan so far (one pool index per trainee) and its total
        private int[] best;
        private long upper;
        // the least preference cost of the worst-off trainee: its pins alone
        private long floor;
        // A plan under cap L whose worst-off preference cost is m answers for every plan whose worst-off cost
        // lies between m and L: none costs less than the cap's bound plus the fairness of m (or the plan itself,
        // when it is proven best under the cap). The least of these over the caps solved (covered, and the open
        // ranges), and unsettled for the caps still below, bound every plan.
        private long covered = Long.MAX_VALUE;
        private long unsettled;
        private final List<OpenRange> open = new ArrayList<>();
        // proofs of open ranges, solved one after the other beside the caps
        private final List<Proof> proving = new ArrayList<>();
        private ExecutorService proofs;
        // groups of trainees re-solved by the neighbourhood search in the time left
        private int neighbourhoods;

        Run(Problem problem, Options options, boolean lagrangianOnly) {
            this.problem = problem;
            this.options = options;
            this.deadline = started + options.timeLimit().toMillis();
            this.fairness = problem.weights().fairness();
            // beyond this size not every unranked placement can be a candidate of the search (memory)
            long pairs = (long) problem.traineeCount() * problem.assignmentCount();
            int unranked = pairs > FULL_PRICING_PAIRS ? UNRANKED_CANDIDATES : Integer.MAX_VALUE;
            this.pricer = new Pricer(problem, problem.instance().pinned(), unranked);
            this.master = new MasterProblem(problem);
            this.lagrangianOnly = lagrangianOnly || pairs > LAGRANGIAN_PAIRS || !pricer.complete();
            this.caps = new CappedSolver(problem, pricer, master, this::remaining, this::elapsed);
            this.rounds = new RoundReassignment(problem, pricer);
        }

        private long remaining() {
            if (options.stop().getAsBoolean()) {
                return 0;
            }
            return Math.max(0, deadline - System.currentTimeMillis());
        }

        private long elapsed() {
            return System.currentTimeMillis() - started;
        }

        Result solve() {
            try {
                return solveAll();
            } finally {
                for (Proof proof : proving) {
                    if (!proof.result().isDone()) {
                        proof.pending().interrupt(); // only after a failure: every proof is waited for otherwise
                    }
                }
                if (proofs != null) {
                    proofs.shutdown();
                }
            }
        }

        private Result solveAll() {
            if (problem.traineeCount() == 0) {
                return read(true, new int[0], 0);
            }
            seed();
            if (lagrangianOnly) {
                solveLagrangianOnly();
            } else {
                solveCaps();
                finishProofs();
                settleOpenRanges();
            }
            if (bound() < upper && remaining() > 0) {
                improveInTimeLeft();
            }
            long bound = bound();
            return read(bound >= upper, best, bound);
        }

        /**
         * Not proven optimal, with time left: a large-neighbourhood search improves the best plan until the time
         * limit or a stop request.
         */
        private void improveInTimeLeft() {
            offer(chosenOf(rounds.improve(trajectories(best), this::remaining)));
            trace("neighbourhood search from %d after %d ms", upper, elapsed());
            NeighbourhoodSearch.Outcome outcome = new NeighbourhoodSearch(problem, pricer, problem.traineeCount())
                    .improve(
                            trajectories(best),
                            this::remaining,
                            total -> options.progress().improved(total, Math.min(total, bound()), elapsed()));
            neighbourhoods = outcome.neighbourhoods();
            offer(chosenOf(outcome.plan()));
        }

        /**
         * The start: every trainee's pins-only trajectory (always feasible), deferred acceptance's plan as the
         * first best plan, and each trainee's cheapest trajectories as if places were free, whose total is the
         * first lower bound.
         */
        private void seed() {
            trace("candidates ready after %d ms", elapsed());
            for (int t = 0; t < problem.traineeCount(); t++) {
                Trajectory pins = pricer.pinsOnly(t);
                master.add(pins);
                floor = Math.max(floor, pins.preference());
            }
            // a quick plan by deferred acceptance: an upper bound from the start, and the fallback in any case
            best = seedFrom(DeferredAcceptance.plan(problem));
            upper = master.total(best);
            trace("deferred acceptance %d after %d ms", upper, elapsed());
            // each round re-solved as an assignment problem with the others kept: a far better first plan (in a
            // fraction of a second up to 2,000 trainees, 5-6 s a pass at 10,000), for the bound to beat from the
            // start and in case nothing better is found
            offer(chosenOf(rounds.improveFirst(trajectories(best), this::remaining)));
            trace("rounds reassigned %d after %d ms", upper, elapsed());
            long withoutCapacity = seedCheapest();
            trace("cheapest trajectories after %d ms", elapsed());
            options.progress().improved(upper, fairness * floor, elapsed());
            unsettled = withoutCapacity + fairness * floor;
        }

        /**
         * Too large for the relaxation in time: priced capacities give the bound; the plan repaired from those
         * prices, rounds reassigned one at a time, and an integer step over the trajectories the best prices
         * favour give the plan.
         */
        private void solveLagrangianOnly() {
            Lagrangian lagrangian = new Lagrangian(problem, pricer);
            long reserve = Math.max(2_000, options.timeLimit().toMillis() / 5);
            long bound = lagrangian.run(upper, this::remaining, reserve);
            trace("lagrangian bound %d after %d ms", bound, elapsed());
            unsettled = Math.max(unsettled, bound + fairness * floor);
            // the plan repaired from the prices is improved round by round before it is compared: on the bench's
            // 2,000 trainees it costs more than the plan so far (926,813 against 904,804, deferred acceptance
            // improved the same way) but, improved, far less (about 873,500)
            offer(chosenOf(rounds.improve(lagrangian.repairAtBest(), this::remaining)));
            offer(chosenOf(rounds.improve(trajectories(best), this::remaining)));
            options.progress().improved(upper, Math.min(upper, unsettled), elapsed());
            List<Trajectory> rounded = new PoolRounding(problem, pricer)
                    .round(trajectories(best), lagrangian.bestDuals(), this::remaining);
            offer(chosenOf(rounds.improve(rounded, this::remaining)));
            options.progress().improved(upper, Math.min(upper, unsettled), elapsed());
        }

        /**
         * Fairness is a max over trainees. Rather than a weak relaxation of that max, solve a sequence of capped
         * problems: "no trainee's preference cost above L", from no cap down. Each plan with worst-off preference
         * cost m settles every cap between m and L, so the next cap is m - 1.
         */
        private void solveCaps() {
            long cap = Long.MAX_VALUE;
            while (cap >= floor && remaining() > 0) {
                OptionalLong next = solveCap(cap);
                if (next.isEmpty()) {
                    return;
                }
                cap = next.getAsLong();
            }
        }

        /**
         * Column generation and an integer plan under one cap; the next cap to solve, or none when the caps below
         * cannot give a better plan or time ran out. A range whose bound is below the best plan is settled at
         * once, its proof beside the next caps; one with too wide a gap waits for the end, when a better plan may
         * have settled it or left a smaller gap to prove.
         */
        private OptionalLong solveCap(long cap) {
            CappedSolver.Capped capped = caps.solve(cap, fairness * floor, upper, best);
            if (capped == null) { // out of time during column generation
                unsettled = Math.max(unsettled, caps.lagrangianBound() + fairness * floor);
                return OptionalLong.empty();
            }
            // no cap below this one can do better than its relaxation
            unsettled = Math.max(unsettled, capped.lowerBound() + fairness * floor);
            if (capped.chosen() == null && capped.settledFrom() <= cap) {
                // no plan whose worst-off cost lies between settledFrom and the cap beats the best: jump
                return OptionalLong.of(capped.settledFrom() - 1);
            }
            if (capped.chosen() == null) {
                // pruned by the bound (then unsettled is at least the best), or no plan found in time
                return OptionalLong.empty();
            }
            long worst = master.worstPreference(capped.chosen());
            long total = capped.cost() + fairness * worst;
            if (total < upper) {
                upper = total;
                best = capped.chosen();
            }
            if (capped.exact()) {
                covered = Math.min(covered, total);
                // every lower cap costs at least as much as this plan without its fairness term
                unsettled = Math.max(unsettled, capped.cost() + fairness * floor);
            } else {
                open.add(new OpenRange(cap, worst, capped.lowerBound() + fairness * worst));
                if (open.get(open.size() - 1).bound() < upper) {
                    proveBeside(cap, worst, capped.lowerBound());
                }
            }
            options.progress().improved(upper, bound(), elapsed());
            long nextCap = worst - 1;
            if (fairness == 0 || nextCap < floor) {
                unsettled = Long.MAX_VALUE; // no plan has a worst-off cost below this one
                return OptionalLong.empty();
            }
            if (unsettled >= upper) {
                return OptionalLong.empty(); // lower caps cannot give a better plan
            }
            trace("next cap %d, best %d, after %d ms", nextCap, upper, elapsed());
            return OptionalLong.of(nextCap);
        }

        /**
         * Settles the last open range now, while the relaxation is at its cap: its proof runs beside the next
         * caps, which do not learn its outcome before the end (the same input, the same steps).
         */
        private void proveBeside(long cap, long worst, long capBound) {
            CappedSolver.PendingSettle pending =
                    caps.beginSettle(cap, worst, upper, best, CappedSolver.EAGER_ENUMERATED_COLUMNS, capBound);
            if (pending.proving()) {
                proving.add(new Proof(open.size() - 1, pending, proofThread().submit(pending::finish)));
            } else {
                settle(open.size() - 1, pending.finish());
            }
        }

        /** Waits for the proofs that ran beside the caps. */
        private void finishProofs() {
            for (Proof proof : proving) {
                settle(proof.range(), join(proof));
                options.progress().improved(upper, bound(), elapsed());
            }
        }

        /** Settles the open ranges the best plan did not, each with the best plan so far. */
        private void settleOpenRanges() {
            for (int i = 0; i < open.size() && remaining() > 0; i++) {
                OpenRange range = open.get(i);
                if (range.bound() >= upper) {
                    continue;
                }
                CappedSolver.Settled settled = caps.settle(
                        range.cap(),
                        range.worstFrom(),
                        upper,
                        best,
                        CappedSolver.MAX_ENUMERATED_COLUMNS,
                        range.bound() - fairness * range.worstFrom());
                if (settled == null) {
                    return;
                }
                settle(i, settled);
                options.progress().improved(upper, bound(), elapsed());
            }
        }

        /** Takes a plan (one pool index per trainee, or null) as the best when it totals less. */
        private void offer(int[] chosen) {
            if (chosen != null && master.total(chosen) < upper) {
                best = chosen;
                upper = master.total(chosen);
            }
        }

        /**
         * What settling open range i found: a better plan, and the range's bound. Exact means no plan in the range
         * totals less than the best plan the settle started from (so nor the best plan now), or the least total
         * in it was found (and is now at most the best plan's).
         */
        private void settle(int i, CappedSolver.Settled settled) {
            if (settled == null) {
                return; // out of time: the range keeps its bound
            }
            OpenRange range = open.get(i);
            if (settled.chosen() != null) {
                long total = settled.cost() + fairness * master.worstPreference(settled.chosen());
                if (total < upper) {
                    upper = total;
                    best = settled.chosen();
                }
            }
            long rangeBound = Math.max(range.bound(), settled.lowerBound());
            open.set(i, new OpenRange(range.cap(), range.worstFrom(), settled.exact() ? upper : rangeBound));
        }

        /** The outcome of a proof running beside the caps; a stop request interrupts it. */
        private CappedSolver.Settled join(Proof proof) {
            try {
                while (true) {
                    if (options.stop().getAsBoolean()) {
                        proof.pending().interrupt();
                    }
                    try {
                        return proof.result().get(50, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // still proving
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                proof.pending().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("proof failed", e.getCause());
            }
        }

        private ExecutorService proofThread() {
            if (proofs == null) {
                proofs = Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "traineeplanner-proof");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return proofs;
        }

        /** The least total any plan can have, from what has been settled so far. */
        private long bound() {
            long bound = Math.min(upper, Math.min(covered, unsettled));
            for (OpenRange range : open) {
                bound = Math.min(bound, range.bound());
            }
            return bound;
        }

        /** Each trainee's cheapest trajectories as if places were free: fewer rounds of column generation. */
        private long seedCheapest() {
            Pricer.Duals free = Pricer.Duals.charges((a, r) -> 0);
            double bound = 0; // as if every place were free: each trainee at its cheapest
            for (int t = 0; t < problem.traineeCount() && remaining() > 0; t++) {
                List<Pricer.Priced> cheapest = pricer.cheapest(t, free, Long.MAX_VALUE, SEED_COLUMNS);
                cheapest.forEach(p -> master.add(p.trajectory()));
                bound += pricer.complete()
                        ? cheapest.get(0).price()
                        : pricer.cheapestRelaxed(t, free).price();
            }
            return remaining() > 0 ? ceil(bound) : 0;
        }

        private int[] seedFrom(List<Placement> placements) {
            int[] chosen = new int[problem.traineeCount()];
            for (Trajectory tr : pricer.fromPlacements(placements)) {
                master.add(tr);
                chosen[tr.trainee()] = master.indexOf(tr);
            }
            return chosen;
        }

        private int[] chosenOf(List<Trajectory> trajectories) {
            if (trajectories.isEmpty()) {
                return null;
            }
            int[] chosen = new int[trajectories.size()];
            for (int t = 0; t < chosen.length; t++) {
                master.add(trajectories.get(t));
                chosen[t] = master.indexOf(trajectories.get(t));
            }
            return chosen;
        }

        private List<Trajectory> trajectories(int[] chosen) {
            List<Trajectory> plan = new ArrayList<>(chosen.length);
            for (int j : chosen) {
                plan.add(master.pool().get(j));
            }
            return plan;
        }

        private Result read(boolean optimal, int[] chosen, long bound) {
            List<Placement> placements = Trajectory.placements(problem, trajectories(chosen));
            long objective = Scorer.score(problem, placements).total();
            long provenBound = optimal ? objective : Math.min(bound, objective);
            return new Result(optimal, placements, objective, provenBound, elapsed());
        }
    }
}
