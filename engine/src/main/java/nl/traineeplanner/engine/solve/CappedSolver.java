package nl.traineeplanner.engine.solve;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.Problem;

/**
 * The problem under a cap on every trainee's preference cost, without the fairness term: column generation
 * for its relaxation and bound, and a first plan over the columns; and, for a range of worst-off costs the
 * best plan leaves open, the proof that enumerates every trajectory within the gap ({@link #settle}).
 */
final class CappedSolver {

    // three per trainee and iteration: the first relaxation takes as long as with one, and its pool gives the
    // caps better plans (300 trainees: 119400 instead of 119403 before the open range is settled)
    private static final int COLUMNS_PER_PRICING = 3;
    private static final int SMALL_POOL = 5_000;
    // the first plan under a cap may stop after this much of CP-SAT's deterministic time: on 300 trainees it
    // found within 0.6 s a plan that took it 1.1 s to prove best over the rounded pool, and the caps and the
    // proofs after it do the rest
    private static final double QUICK_WORK = 0.5;
    private static final long MIN_PROOF_MILLIS = 500;
    private static final long PROOF_MARGIN_MILLIS = 200;
    static final int MAX_ENUMERATED_COLUMNS = 100_000;
    // settling right after a cap, with the plan of that moment: a wide gap is left for the end, when the best
    // plan may have narrowed it
    static final int EAGER_ENUMERATED_COLUMNS = 25_000;

    /** Milliseconds left and spent in the solve. */
    record Clock(LongSupplier remainingMillis, LongSupplier elapsedMillis) {
        long remaining() {
            return remainingMillis.getAsLong();
        }

        long elapsed() {
            return elapsedMillis.getAsLong();
        }
    }

    private final Problem problem;
    private final Pricer pricer;
    private final MasterProblem master;
    private final Clock clock;

    CappedSolver(Problem problem, Pricer pricer, MasterProblem master, LongSupplier remaining, LongSupplier elapsed) {
        this.problem = problem;
        this.pricer = pricer;
        this.master = master;
        this.clock = new Clock(remaining, elapsed);
    }

    /** The last valid Lagrangian bound of column generation (fairness excluded). */
    long lagrangianBound() {
        return lagrangianBound;
    }

    /**
     * The capped problem: its relaxation's bound, and a plan with its cost (fairness excluded); exact
     * when the plan is proven best under the cap. Null when time ran out before the relaxation was solved.
     */
    record Capped(long lowerBound, int[] chosen, long cost, boolean exact, long settledFrom) {
        Capped(long lowerBound, int[] chosen, long cost, boolean exact) {
            this(lowerBound, chosen, cost, exact, Long.MAX_VALUE);
        }
    }

    /**
     * Solves under the cap. {@code fairnessFloor} is the least fairness term of any plan and {@code upper}
     * the best total so far: a cap whose bound cannot beat it is pruned (a Capped without plan, exact). When
     * the bound alone settles every plan whose worst-off preference cost is {@code settledFrom} or more, the
     * Capped has no plan either: the next cap to try is below that, so no plan is searched for here. {@code
     * best} is the best plan so far (one pool index per trainee), the hint when the quick first plan finds none.
     */
    Capped solve(long cap, long fairnessFloor, long upper, int[] best) {
        MasterProblem.LpSolution lp = generateColumns(cap, upper - fairnessFloor);
        if (lp == null) {
            return null;
        }
        if (!converged) {
            return new Capped(lagrangianBound, null, 0, true); // no plan under this cap can beat the best
        }
        long lowerBound = Optimiser.ceil(lp.value());
        if (lowerBound + fairnessFloor >= upper) {
            return new Capped(lowerBound, null, 0, true); // no plan under this cap can beat the best
        }
        long fairness = problem.weights().fairness();
        if (fairness > 0) {
            // a plan under this cap whose worst-off cost is m costs at least lowerBound + fairness × m
            long settledFrom = Math.floorDiv(upper - lowerBound + fairness - 1, fairness);
            if (settledFrom <= cap) {
                Optimiser.trace("cap %d: bound %d settles worst-off from %d", cap, lowerBound, settledFrom);
                return new Capped(lowerBound, null, 0, true, settledFrom);
            }
        }
        Optimiser.trace(
                "cap %d: relaxation %.2f after %d ms, %d columns",
                cap, lp.value(), clock.elapsed(), master.pool().size());
        if (lp.integral() != null) {
            return new Capped(lowerBound, lp.integral(), master.cost(lp.integral()), true);
        }
        // a first plan: the best over a small pool, or (large pools) the relaxation rounded by keeping
        // what it takes whole and deciding the rest as a small integer programme
        int[] keepWhole = master.pool().size() <= SMALL_POOL ? null : lp.atOne();
        MasterProblem.IntegerSolution first = master.solveQuickly(
                cap, Math.min(clock.remaining(), Math.max(1_000, clock.remaining() / 4)), keepWhole, QUICK_WORK);
        if (first == null && keepWhole != null) {
            // a large pool: no integer programme over it, the relaxation's prices repaired instead
            int[] start = repairedOrBest(cap, lp, best);
            if (start != null) {
                first = new MasterProblem.IntegerSolution(false, master.cost(start), 0, start);
            }
        }
        if (first == null) {
            // from the best plan (in part, where it breaks the cap), with half the time left: a plan the quick
            // step missed is usually near, and the caps after it, the proofs and the neighbourhood search need
            // the rest
            first = master.solveInteger(cap, Math.max(1_000, clock.remaining() / 2), best);
        }
        if (first == null) {
            return new Capped(lowerBound, null, 0, false);
        }
        Optimiser.trace("cap %d: integer %d after %d ms", cap, first.objective(), clock.elapsed());
        if (first.objective() <= lowerBound) {
            return new Capped(lowerBound, first.chosen(), first.objective(), true);
        }
        // not proven here: the caller settles the range this plan leaves open
        return new Capped(lowerBound, first.chosen(), first.objective(), false);
    }

    /**
     * A plan under the cap when the quick step over a large pool finds none. Such a relaxation is often highly
     * degenerate (300 trainees of heavy-tailed popularity: 16,776 columns; CP-SAT with one worker needs about
     * 40 s for a first plan, and from the best plan as hint found nothing better in 3 s). Its prices, repaired
     * into a plan and improved round by round, give one in a fraction of a second, 1-2 % cheaper than
     * deferred acceptance improved the same way. The cheaper of that plan and the best so far that keeps the
     * cap, without a proof: its range is settled beside the next caps, which now come seconds sooner. Null
     * when neither keeps the cap.
     */
    private int[] repairedOrBest(long cap, MasterProblem.LpSolution lp, int[] best) {
        Pricer.Duals prices = Pricer.Duals.charges((a, r) -> Math.min(0, lp.capacity(a, r)));
        List<Trajectory> plan = new RoundReassignment(problem, pricer)
                .improve(new PricedRepair(problem, pricer).plan(prices, cap), clock::remaining);
        int[] chosen = new int[plan.size()];
        for (int t = 0; t < chosen.length; t++) {
            master.add(plan.get(t));
            chosen[t] = master.indexOf(plan.get(t));
        }
        int[] cheaper = cheaperWithin(cap, cheaperWithin(cap, null, best), chosen);
        Optimiser.trace(
                "cap %d: prices repaired %d, best so far %d",
                cap, master.total(chosen), best == null ? -1 : master.total(best));
        return cheaper;
    }

    /** Of a plan (or null) and another, the one that keeps the cap and totals less, fairness included. */
    private int[] cheaperWithin(long cap, int[] plan, int[] other) {
        if (other == null || master.worstPreference(other) > cap) {
            return plan;
        }
        return plan == null || master.total(other) < master.total(plan) ? other : plan;
    }

    /**
     * Whether a plan under the cap whose worst-off preference cost is at least {@code worstFrom} beats the
     * total {@code upper}. Such a plan costs at most upper - 1 - fairness × worstFrom without its fairness
     * term, so every trajectory it uses has a reduced cost within that less the relaxation: those are
     * enumerated, and the integer programme over them, fairness included, is solved exactly. Null when time
     * ran out during column generation. It gives up (not exact) when more than {@code columnBudget}
     * trajectories lie within the gap; {@code capBound} is a known lower bound of the relaxation under the cap
     * (fairness excluded), which may settle the top of the range before any column generation.
     */
    Settled settle(long cap, long worstFrom, long upper, int[] hint, long columnBudget, long capBound) {
        return beginSettle(cap, worstFrom, upper, hint, columnBudget, capBound).finish();
    }

    /**
     * Same, up to the integer programme of the proof, which is built but not yet solved: {@link
     * PendingSettle#finish} solves it, on any thread, while column generation here goes on.
     */
    PendingSettle beginSettle(long cap, long worstFrom, long upper, int[] hint, long columnBudget, long capBound) {
        long fairness = problem.weights().fairness();
        MasterProblem.LpSolution lp;
        // once the top of the range is settled by the best plan, no bound above that plan holds for all of it
        long ceiling = Long.MAX_VALUE;
        if (fairness > 0) {
            long settledFrom = Math.floorDiv(upper - capBound + fairness - 1, fairness);
            if (settledFrom <= worstFrom) {
                return doneSettle(new Settled(upper, null, 0, true));
            }
            if (settledFrom <= cap) {
                cap = settledFrom - 1;
                ceiling = upper;
            }
        }
        while (true) {
            lp = generateColumns(cap, upper - fairness * worstFrom);
            if (lp == null) {
                return doneSettle(null);
            }
            if (!converged) {
                return doneSettle(
                        new Settled(Math.min(ceiling, lagrangianBound + fairness * worstFrom), null, 0, true));
            }
            // with the best plan by now, the bound may settle the top of the range: a lower cap, a higher bound
            long settledFrom = fairness == 0
                    ? Long.MAX_VALUE
                    : Math.floorDiv(upper - Optimiser.ceil(lp.value()) + fairness - 1, fairness);
            if (settledFrom > cap || settledFrom <= worstFrom) {
                break;
            }
            Optimiser.trace(
                    "settle cap %d from %d: bound %.2f settles from %d", cap, worstFrom, lp.value(), settledFrom);
            cap = settledFrom - 1;
            ceiling = upper;
        }
        long lowerBound = Math.min(ceiling, Optimiser.ceil(lp.value()) + fairness * worstFrom);
        double gap = upper - 1 - fairness * worstFrom - lp.value();
        if (gap < 0) {
            return doneSettle(new Settled(lowerBound, null, 0, true)); // the relaxation alone settles it
        }
        int before = master.pool().size();
        boolean complete = enumerateWithin(lp, gap + Optimiser.EPS * Math.max(1, upper), cap, columnBudget);
        Optimiser.trace(
                "settle cap %d from %d: enumerated within %.2f: %d new columns, complete %s, after %d ms",
                cap, worstFrom, gap, master.pool().size() - before, complete, clock.elapsed());
        // SCIP builds and presolves before it looks at the clock (0.75 s against 0.45 s left, once): a proof
        // is only started with time for it, and told to stop a little before the end
        if (!complete || clock.remaining() < MIN_PROOF_MILLIS) {
            return doneSettle(new Settled(lowerBound, null, 0, false));
        }
        // only the columns within the gap can be in a plan that beats the best: the others are left out
        MasterProblem.PendingInteger proof = master.prepareProof(
                cap,
                clock.remaining() - PROOF_MARGIN_MILLIS,
                hint,
                worstFrom,
                lp,
                gap + Optimiser.EPS * Math.max(1, upper));
        return new PendingSettle(null, proof, cap, worstFrom, upper, lowerBound);
    }

    /** A settle whose proof may still have to be solved. */
    final class PendingSettle {
        private final Settled done;
        private final MasterProblem.PendingInteger proof;
        private final long cap;
        private final long worstFrom;
        private final long upper;
        private final long lowerBound;

        private PendingSettle(
                Settled done,
                MasterProblem.PendingInteger proof,
                long cap,
                long worstFrom,
                long upper,
                long lowerBound) {
            this.done = done;
            this.proof = proof;
            this.cap = cap;
            this.worstFrom = worstFrom;
            this.upper = upper;
            this.lowerBound = lowerBound;
        }

        /** Whether an integer programme waits to be solved. */
        boolean proving() {
            return proof != null;
        }

        /** Asks the proof, if it runs, to stop with what it has. */
        void interrupt() {
            if (proof != null) {
                proof.interrupt();
            }
        }

        /** The result, solving the proof if there is one; null when time ran out during column generation. */
        Settled finish() {
            if (proof == null) {
                return done;
            }
            MasterProblem.IntegerSolution exact = proof.solve();
            if (exact == null) {
                return new Settled(lowerBound, null, 0, false);
            }
            if (exact.chosen() == null) {
                Optimiser.trace(
                        "settle cap %d from %d: no plan beats %d, after %d ms", cap, worstFrom, upper, clock.elapsed());
                return new Settled(upper, null, 0, true);
            }
            Optimiser.trace(
                    "settle cap %d from %d: integer %d, bound %d, optimal %s after %d ms",
                    cap, worstFrom, exact.objective(), exact.bound(), exact.optimal(), clock.elapsed());
            // plans beyond the columns within the gap total at least the best plan so far
            long bound = Math.min(upper, Math.max(lowerBound, exact.bound()));
            return new Settled(bound, exact.chosen(), exact.objective(), exact.optimal());
        }
    }

    private PendingSettle doneSettle(Settled settled) {
        return new PendingSettle(settled, null, 0, 0, 0, 0);
    }

    /**
     * What settling a range found: a lower bound on the total of every plan in it, the best plan over the
     * enumerated trajectories (or null) and its cost without fairness, and whether the bound is proven to be
     * the best total in the range (or the range holds no plan below the best total so far).
     */
    record Settled(long lowerBound, int[] chosen, long cost, boolean exact) {}

    // the last valid Lagrangian bound, and the last relaxation solved, of column generation
    private long lagrangianBound;
    private MasterProblem.LpSolution lastRelaxation;
    // whether the last column generation ran until no column priced below zero (else it stopped at its target)
    private boolean converged;
    private long lpNanos;
    private long pricingNanos;
    private int iterations;

    /**
     * Column generation under a cap: re-solve the relaxation, price every trainee, add what improves, until
     * nothing does. Null when time runs out first; the Lagrangian bound is kept meanwhile. It stops early (not
     * converged) once the Lagrangian bound reaches {@code target}: low caps have relaxations far above the best
     * plan, and their last iterations are the dearest.
     */
    private MasterProblem.LpSolution generateColumns(long cap, long target) {
        if (lastRelaxation != null) {
            // another cap: start from what each trainee would take under the last prices within the cap. Those
            // prices also bound the new cap (Lagrangian): a low cap whose bound already reaches the target
            // needs no relaxation at all
            double bound = lastRelaxation.value();
            MasterProblem.LpSolution last = lastRelaxation;
            List<List<Pricer.Priced>> priced = priceEach(t -> List.of(pricer.cheapest(t, last, cap)));
            for (int t = 0; t < problem.traineeCount(); t++) {
                Pricer.Priced cheapest = priced.get(t).get(0);
                bound += cheapest.price() - lastRelaxation.convexity()[t];
                master.add(cheapest.trajectory());
            }
            Optimiser.trace("cap %d: bound %.0f at the last prices after %d ms", cap, bound, clock.elapsed());
            if (pricer.complete() && Optimiser.ceil(bound) >= target) {
                Optimiser.trace("cap %d: Lagrangian bound %.0f at the last prices reaches %d", cap, bound, target);
                lagrangianBound = Optimiser.ceil(bound);
                converged = false;
                return lastRelaxation;
            }
        }
        while (true) {
            long t0 = System.nanoTime();
            MasterProblem.LpSolution lp = master.solveRelaxation(cap, clock.remaining());
            if (lp == null) {
                return null;
            }
            long t1 = System.nanoTime();
            lpNanos += t1 - t0;
            iterations++;
            int added = 0;
            double reducedSum = 0;
            List<List<Pricer.Priced>> priced = priceEach(t -> pricer.cheapest(t, lp, cap, COLUMNS_PER_PRICING));
            for (int t = 0; t < problem.traineeCount(); t++) {
                List<Pricer.Priced> cheapest = priced.get(t);
                double threshold = -Optimiser.EPS * Math.max(1, Math.abs(lp.convexity()[t]));
                reducedSum += Math.min(0, cheapest.get(0).price() - lp.convexity()[t]);
                for (Pricer.Priced p : cheapest) {
                    if (p.price() - lp.convexity()[t] < threshold && master.add(p.trajectory())) {
                        added++;
                    }
                }
            }
            pricingNanos += System.nanoTime() - t1;
            // valid at every iteration: each trainee follows exactly one trajectory
            if (pricer.complete()) {
                lagrangianBound = Optimiser.ceil(lp.value() + reducedSum);
                if (added > 0 && lagrangianBound >= target) {
                    Optimiser.trace("cap %d: Lagrangian bound %d reaches %d", cap, lagrangianBound, target);
                    lastRelaxation = lp;
                    converged = false;
                    return lp;
                }
            }
            if (added == 0) {
                converged = true;
                lastRelaxation = lp;
                Optimiser.trace(
                        "  lp %d ms, pricing %d ms, %d iterations, after %d ms",
                        lpNanos / 1_000_000, pricingNanos / 1_000_000, iterations, clock.elapsed());
                return lp;
            }
            if (clock.remaining() == 0) {
                return null;
            }
        }
    }

    private boolean enumerateWithin(MasterProblem.LpSolution lp, double gap, long cap, long columnBudget) {
        AtomicLong budget = new AtomicLong(columnBudget);
        List<List<Pricer.Priced>> found =
                priceEach(t -> budget.get() < 0 ? null : pricer.within(t, lp, lp.convexity()[t] + gap, cap, budget));
        if (budget.get() < 0) {
            return false;
        }
        found.forEach(within -> within.forEach(p -> master.addToPool(p.trajectory())));
        return true;
    }

    /** Prices every trainee, in parallel (each on its own), and gives the results in trainee order. */
    private List<List<Pricer.Priced>> priceEach(IntFunction<List<Pricer.Priced>> price) {
        return IntStream.range(0, problem.traineeCount())
                .parallel()
                .mapToObj(price)
                .toList();
    }
}
