package nl.traineeplanner.engine.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import nl.traineeplanner.engine.Problem;

/**
 * The trajectory model without the fairness term: choose one trajectory per trainee, keep every
 * capacity, pay for empty places. Fairness is handled by the caller as a cap on each trainee's
 * preference cost: only trajectories within the cap may be chosen. Solved as a linear relaxation (for
 * prices and the lower bound) and as an integer programme over the pool of trajectories.
 */
final class MasterProblem {

    private static volatile boolean nativeLibrariesLoaded;

    /** Loads the solver's native libraries, once per process, so that solve times do not include it. */
    static void loadNativeLibraries() {
        if (!nativeLibrariesLoaded) {
            synchronized (MasterProblem.class) {
                if (!nativeLibrariesLoaded) {
                    Loader.loadNativeLibraries();
                    nativeLibrariesLoaded = true;
                }
            }
        }
    }

    private static final double INTEGRAL = 1e-6;
    // CP-SAT with one worker: measured faster than SCIP on these column pools, and deterministic
    private static final String INTEGER_BACKEND = "CP_SAT";
    // SCIP for the proofs over enumerated trajectories: on two 300-trainee instances its branch and bound
    // closed the last 1.5 to 4 points in about 20 s, where CP-SAT had not after 40 s
    private static final String PROOF_BACKEND = "SCIP";
    // GLOP: its dual prices drive the pricing; HiGHS through this wrapper returned unusable duals here
    private static final String LP_BACKEND = "GLOP";

    private final Problem problem;
    private final List<Trajectory> pool = new ArrayList<>();
    private final Map<Trajectory, Integer> known = new HashMap<>();
    private final Set<Integer> poolOnly = new HashSet<>();
    private Model lp;
    private long lpCap = Long.MAX_VALUE;

    MasterProblem(Problem problem) {
        this.problem = problem;
    }

    List<Trajectory> pool() {
        return pool;
    }

    /** Pool index of a trajectory that was added. */
    int indexOf(Trajectory trajectory) {
        return known.get(trajectory);
    }

    /**
     * Adds a trajectory to the pool and to the relaxation; false when the relaxation had it already, so that
     * column generation stops only when nothing priced below zero is missing from the relaxation.
     */
    boolean add(Trajectory trajectory) {
        Integer j = known.get(trajectory);
        if (j == null) {
            addToPool(trajectory);
            j = pool.size() - 1;
        }
        if (!poolOnly.remove(j)) {
            return false;
        }
        if (lp != null) {
            lp.setColumn(j);
        }
        return true;
    }

    /**
     * Adds a trajectory to the pool only: a candidate for the integer programme that the relaxation does not
     * carry (the relaxation is rebuilt at every solve, so its size is what it costs).
     */
    void addToPool(Trajectory trajectory) {
        if (known.putIfAbsent(trajectory, pool.size()) == null) {
            pool.add(trajectory);
            poolOnly.add(pool.size() - 1);
            if (lp != null) {
                lp.lambda.add(null);
            }
        }
    }

    /**
     * Solution of the linear relaxation: its value, the dual prices, and the chosen trajectory per trainee
     * when the solution happens to be integral (null otherwise).
     */
    record LpSolution(double value, double[] convexity, double[][] capacity, int[] integral, int[] atOne)
            implements Pricer.Duals {
        @Override
        public double capacity(int a, int r) {
            return capacity[a][r];
        }
    }

    /** An integer solution: one pool index per trainee. */
    record IntegerSolution(boolean optimal, long objective, long bound, int[] chosen) {}

    private final class Model {
        final MPSolver solver;
        final List<MPVariable> lambda = new ArrayList<>();
        final MPConstraint[] convexity;
        final MPConstraint[][] capacity;
        final MPVariable[][] empty;
        MPVariable worst; // with the fairness term charged

        Model(String backend, boolean integer, long cap) {
            this(backend, integer, cap, null, 0, null);
        }

        /**
         * With {@code prices}, the integer model leaves out every column and empty place whose reduced cost
         * under those prices exceeds {@code gap}: no plan within the gap above the relaxation uses them. Those
         * of the plan {@code kept} (one pool index per trainee, or null) stay in.
         */
        Model(String backend, boolean integer, long cap, LpSolution prices, double gap, int[] kept) {
            solver = MPSolver.createSolver(backend);
            if (solver == null) {
                throw new IllegalStateException("OR-Tools backend not available: " + backend);
            }
            int nT = problem.traineeCount();
            int nR = problem.roundCount();
            int nA = problem.assignmentCount();
            MPObjective objective = solver.objective();
            objective.setMinimization();
            convexity = new MPConstraint[nT];
            for (int t = 0; t < nT; t++) {
                // every trainee follows exactly one trajectory (unplaced rounds included)
                convexity[t] = solver.makeConstraint(1, 1, "one_" + t);
            }
            capacity = new MPConstraint[nA][nR];
            empty = new MPVariable[nA][nR];
            int[][] keptTaken = new int[nA][nR];
            if (kept != null) {
                for (int j : kept) {
                    int[] perRound = pool.get(j).assignmentPerRound();
                    for (int r = 0; r < nR; r++) {
                        if (perRound[r] != Pricer.UNPLACED) {
                            keptTaken[perRound[r]][r]++;
                        }
                    }
                }
            }
            for (int a = 0; a < nA; a++) {
                int places = problem.assignment(a).capacity();
                for (int r = 0; r < nR; r++) {
                    if (!problem.offered(a, r)) {
                        continue;
                    }
                    // H3: an assignment takes at most its capacity; each empty place costs unfilledPenalty
                    capacity[a][r] = solver.makeConstraint(places, places, "cap_" + a + "_" + r);
                    int most = places;
                    if (prices != null) {
                        double reduced = problem.assignment(a).unfilledPenalty() - prices.capacity(a, r);
                        if (reduced > gap) {
                            most = (int) Math.min(places, Math.floor(gap / reduced));
                            if (kept != null) {
                                most = Math.max(most, places - keptTaken[a][r]);
                            }
                        }
                    }
                    MPVariable empty = integer
                            ? solver.makeIntVar(0, most, "empty_" + a + "_" + r)
                            : solver.makeNumVar(0, most, "empty_" + a + "_" + r);
                    capacity[a][r].setCoefficient(empty, 1);
                    objective.setCoefficient(empty, problem.assignment(a).unfilledPenalty());
                    this.empty[a][r] = empty;
                }
            }
            for (int j = 0; j < pool.size(); j++) {
                boolean left = integer
                        ? pool.get(j).preference() > cap || (prices != null && reducedCost(j, prices) > gap)
                        : poolOnly.contains(j);
                if (left) {
                    lambda.add(null);
                } else {
                    lambda.add(column(j, integer));
                }
            }
            if (kept != null) {
                for (int j : kept) {
                    if (lambda.get(j) == null) {
                        lambda.set(j, column(j, integer));
                    }
                }
            }
        }

        /** Puts pool column j into this relaxation, within the relaxation's cap. */
        void setColumn(int j) {
            while (lambda.size() <= j) {
                lambda.add(null);
            }
            MPVariable x = column(j, false);
            x.setUb(pool.get(j).preference() <= lpCap ? 1 : 0);
            lambda.set(j, x);
        }

        MPVariable column(int j, boolean integer) {
            Trajectory tr = pool.get(j);
            MPVariable x = integer ? solver.makeBoolVar("x_" + j) : solver.makeNumVar(0, 1, "x_" + j);
            solver.objective().setCoefficient(x, tr.cost());
            convexity[tr.trainee()].setCoefficient(x, 1);
            int[] perRound = tr.assignmentPerRound();
            for (int r = 0; r < perRound.length; r++) {
                if (perRound[r] != Pricer.UNPLACED) {
                    capacity[perRound[r]][r].setCoefficient(x, 1);
                }
            }
            return x;
        }
    }

    /** Solves the linear relaxation over the pool's trajectories whose preference cost is within the cap. */
    LpSolution solveRelaxation(long cap, long timeLimitMillis) {
        if (lp == null) {
            lp = new Model(LP_BACKEND, false, Long.MAX_VALUE);
            // GLOP's parameters: the relaxation is re-solved after each round of new columns, and warm starts
            // beat presolve
            lp.solver.setSolverSpecificParametersAsString("use_preprocessing: false");
        }
        boolean capChanged = cap != lpCap;
        boolean capLowered = cap < lpCap;
        if (capChanged) {
            for (int j = 0; j < pool.size(); j++) {
                if (lp.lambda.get(j) != null) {
                    lp.lambda.get(j).setUb(pool.get(j).preference() <= cap ? 1 : 0);
                }
            }
            lpCap = cap;
        }
        // GLOP's parameters: a lower cap closes columns the last basis may use, which keeps it dual feasible (dual
        // simplex); new columns keep it primal feasible (primal simplex)
        lp.solver.setSolverSpecificParametersAsString("use_preprocessing: false, use_dual_simplex: " + capLowered);
        lp.solver.setTimeLimit(Math.max(1, timeLimitMillis));
        long t0 = System.nanoTime();
        MPSolver.ResultStatus status = lp.solver.solve();
        Optimiser.trace(
                "    glop %d ms, %d iterations, %d columns",
                (System.nanoTime() - t0) / 1_000_000, lp.solver.iterations(), lp.solver.numVariables());
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            return null; // out of time
        }
        int nT = problem.traineeCount();
        int nR = problem.roundCount();
        int nA = problem.assignmentCount();
        double[] conv = new double[nT];
        for (int t = 0; t < nT; t++) {
            conv[t] = lp.convexity[t].dualValue();
        }
        double[][] prices = new double[nA][nR];
        for (int a = 0; a < nA; a++) {
            for (int r = 0; r < nR; r++) {
                if (lp.capacity[a][r] != null) {
                    prices[a][r] = lp.capacity[a][r].dualValue();
                }
            }
        }
        return new LpSolution(lp.solver.objective().value(), conv, prices, integralChoice(), columnsAtOne());
    }

    /** Per trainee the pool index of the trajectory the relaxation takes whole, or -1. */
    private int[] columnsAtOne() {
        int[] atOne = new int[problem.traineeCount()];
        Arrays.fill(atOne, -1);
        for (int j = 0; j < pool.size(); j++) {
            if (lp.lambda.get(j) != null && lp.lambda.get(j).solutionValue() >= 1 - INTEGRAL) {
                atOne[pool.get(j).trainee()] = j;
            }
        }
        return atOne;
    }

    private int[] integralChoice() {
        int[] chosen = new int[problem.traineeCount()];
        Arrays.fill(chosen, -1);
        for (int j = 0; j < pool.size(); j++) {
            if (lp.lambda.get(j) == null) {
                continue;
            }
            double v = lp.lambda.get(j).solutionValue();
            if (v > INTEGRAL && v < 1 - INTEGRAL) {
                return null;
            }
            if (v >= 1 - INTEGRAL) {
                chosen[pool.get(j).trainee()] = j;
            }
        }
        for (int c : chosen) {
            if (c < 0) {
                return null;
            }
        }
        return chosen;
    }

    /** Cost of a choice of trajectories, empty places included (fairness excluded). */
    long cost(int[] chosen) {
        return cost(chosen, pool::get);
    }

    /** The preference cost of the plan's worst-off trainee. */
    long worstPreference(int[] chosen) {
        long worst = 0;
        for (int j : chosen) {
            worst = Math.max(worst, pool.get(j).preference());
        }
        return worst;
    }

    /** The plan's total: its cost and the fairness term. */
    long total(int[] chosen) {
        return cost(chosen) + problem.weights().fairness() * worstPreference(chosen);
    }

    private long cost(int[] chosen, IntFunction<Trajectory> column) {
        long total = 0;
        int nR = problem.roundCount();
        int[][] taken = new int[problem.assignmentCount()][nR];
        for (int j : chosen) {
            Trajectory tr = column.apply(j);
            total += tr.cost();
            int[] perRound = tr.assignmentPerRound();
            for (int r = 0; r < nR; r++) {
                if (perRound[r] != Pricer.UNPLACED) {
                    taken[perRound[r]][r]++;
                }
            }
        }
        return total + problem.unfilledCost(taken);
    }

    /** Reduced cost of pool column j under a relaxation's prices. */
    double reducedCost(int j, LpSolution prices) {
        Trajectory tr = pool.get(j);
        double reduced = tr.cost() - prices.convexity()[tr.trainee()];
        int[] perRound = tr.assignmentPerRound();
        for (int r = 0; r < perRound.length; r++) {
            if (perRound[r] != Pricer.UNPLACED) {
                reduced -= prices.capacity(perRound[r], r);
            }
        }
        return reduced;
    }

    /** Adds the worst-off preference cost, at least worstFrom, and its fairness term to an integer model. */
    private void chargeFairness(Model mip, long cap, long worstFrom) {
        long most = worstFrom;
        for (int j = 0; j < pool.size(); j++) {
            if (mip.lambda.get(j) != null) {
                most = Math.max(most, pool.get(j).preference());
            }
        }
        MPVariable worst = mip.solver.makeIntVar(worstFrom, Math.max(worstFrom, Math.min(cap, most)), "worst");
        mip.worst = worst;
        mip.solver.objective().setCoefficient(worst, problem.weights().fairness());
        MPConstraint[] atMostWorst = new MPConstraint[problem.traineeCount()];
        for (int j = 0; j < pool.size(); j++) {
            MPVariable x = mip.lambda.get(j);
            Trajectory tr = pool.get(j);
            if (x == null || tr.preference() <= worstFrom) {
                continue; // within the least charged anyway
            }
            int t = tr.trainee();
            if (atMostWorst[t] == null) {
                // each trainee's preference cost is at most the worst-off one
                atMostWorst[t] = mip.solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "worst_" + t);
                atMostWorst[t].setCoefficient(worst, -1);
            }
            atMostWorst[t].setCoefficient(x, tr.preference());
        }
    }

    private void setFullHint(Model mip, int[] hint) {
        List<MPVariable> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        for (int j : hint) {
            chosen.add(j);
        }
        for (int j = 0; j < pool.size(); j++) {
            if (mip.lambda.get(j) != null) {
                vars.add(mip.lambda.get(j));
                values.add(chosen.contains(j) ? 1.0 : 0.0);
            }
        }
        int[][] taken = new int[problem.assignmentCount()][problem.roundCount()];
        long worst = 0;
        for (int j : hint) {
            worst = Math.max(worst, pool.get(j).preference());
            int[] perRound = pool.get(j).assignmentPerRound();
            for (int r = 0; r < perRound.length; r++) {
                if (perRound[r] != Pricer.UNPLACED) {
                    taken[perRound[r]][r]++;
                }
            }
        }
        for (int a = 0; a < problem.assignmentCount(); a++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (mip.empty[a][r] != null) {
                    vars.add(mip.empty[a][r]);
                    values.add((double) problem.emptyPlaces(a, r, taken[a][r]));
                }
            }
        }
        if (mip.worst != null) {
            vars.add(mip.worst);
            values.add((double) Math.max(worst, (long) mip.worst.lb()));
        }
        mip.solver.setHint(
                vars.toArray(new MPVariable[0]),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * What an integer programme over the pool is built with.
     *
     * @param cap only trajectories whose preference cost is at most this may be chosen
     * @param timeLimitMillis counted from when the model is built
     * @param hint a plan to start from (one pool index per trainee), or null
     * @param fixed per trainee a pool index forced into the plan, or -1; null for none
     * @param worstFrom for a proof: the fairness term is charged, for a worst-off preference cost of at least
     *     this; negative for a plan without the fairness term
     * @param prices with {@code gap}, for a proof: only the columns whose reduced cost under these prices is
     *     within the gap are in the model; null for every column
     * @param deterministicSeconds the solver stops after this much of its deterministic time; 0 for no such limit
     */
    record IntegerSettings(
            long cap,
            long timeLimitMillis,
            int[] hint,
            int[] fixed,
            long worstFrom,
            LpSolution prices,
            double gap,
            double deterministicSeconds,
            int workers) {

        /** A plan under the cap without the fairness term, from a hint and with some trajectories forced. */
        static IntegerSettings plan(long cap, long timeLimitMillis, int[] hint, int[] fixed) {
            return new IntegerSettings(cap, timeLimitMillis, hint, fixed, -1, null, 0, 0, 1);
        }

        /** A plan under the cap without the fairness term, from a hint, searched by two workers. */
        static IntegerSettings search(long cap, long timeLimitMillis, int[] hint) {
            return new IntegerSettings(cap, timeLimitMillis, hint, null, -1, null, 0, 0, 2);
        }

        /** A first plan without hint that stops after the given deterministic time. */
        static IntegerSettings quick(long cap, long timeLimitMillis, int[] fixed, double deterministicSeconds) {
            return new IntegerSettings(cap, timeLimitMillis, null, fixed, -1, null, 0, deterministicSeconds, 1);
        }

        /** A proof: the fairness term charged from {@code worstFrom}, only the columns within the gap. */
        static IntegerSettings proof(
                long cap, long timeLimitMillis, int[] hint, long worstFrom, LpSolution prices, double gap) {
            return new IntegerSettings(cap, timeLimitMillis, hint, null, worstFrom, prices, gap, 0, 1);
        }

        boolean isProof() {
            return worstFrom >= 0;
        }
    }

    /** Solves the integer programme over the pool within the cap and time limit, starting from a hint. */
    IntegerSolution solveInteger(long cap, long timeLimitMillis, int[] hint) {
        return solveInteger(cap, timeLimitMillis, hint, null);
    }

    /**
     * Same, with the trajectories in {@code fixed} (per trainee, -1 for none) forced: a quick plan that
     * rounds the relaxation, not a proof.
     */
    IntegerSolution solveInteger(long cap, long timeLimitMillis, int[] hint, int[] fixed) {
        return prepareInteger(IntegerSettings.plan(cap, timeLimitMillis, hint, fixed))
                .solve();
    }

    /**
     * Same, nothing forced, with two workers of the solver: one searches the whole programme with its linear
     * relaxation, the other takes turns among the solver's own neighbourhood searches around the best plan so
     * far (relaxation-induced ones among them). On a pool of 2,000 trainees whose relaxation's whole columns
     * cannot all be kept, this found 874,169 in about 11 s where one worker stayed at the hint's 881,519. Two
     * workers may take different paths on each run.
     */
    IntegerSolution searchInteger(long cap, long timeLimitMillis, int[] hint) {
        return prepareInteger(IntegerSettings.search(cap, timeLimitMillis, hint))
                .solve();
    }

    /**
     * A first plan, as {@link #solveInteger(long, long, int[], int[])} without hint, that stops after
     * {@code deterministicSeconds} of the solver's deterministic time (its measure of work done) when not
     * proven sooner: quick, and the same plan on a slower or busier machine.
     */
    IntegerSolution solveQuickly(long cap, long timeLimitMillis, int[] fixed, double deterministicSeconds) {
        return prepareInteger(IntegerSettings.quick(cap, timeLimitMillis, fixed, deterministicSeconds))
                .solve();
    }

    /**
     * The integer programme of a proof, built now and solved later ({@link PendingInteger#solve}, on any
     * thread: it reads nothing the master changes while column generation goes on). Its objective also holds
     * the fairness term, charged for a worst-off preference cost of at least {@code worstFrom}: the bound then
     * includes it, the objective does not. Only the columns whose reduced cost under {@code prices} is within
     * {@code gap} are in it, with the plan {@code hint}: the solution proves that no plan costs less than the
     * relaxation plus the gap, or is the best one that does. When no plan does, the solution has no choice
     * ({@code chosen} null) and its bound is {@link Long#MAX_VALUE}.
     */
    PendingInteger prepareProof(
            long cap, long timeLimitMillis, int[] hint, long worstFrom, LpSolution prices, double gap) {
        return prepareInteger(IntegerSettings.proof(cap, timeLimitMillis, hint, worstFrom, prices, gap));
    }

    private PendingInteger prepareInteger(IntegerSettings settings) {
        long cap = settings.cap();
        int[] hint = settings.hint();
        LpSolution prices = settings.prices();
        String backend = settings.isProof() ? PROOF_BACKEND : INTEGER_BACKEND;
        // with the columns within the gap only, the best plan so far stays in whole when the cap allows it:
        // the proof then only searches for better ones
        boolean keep = prices != null
                && hint != null
                && Arrays.stream(hint).allMatch(j -> pool.get(j).preference() <= cap);
        // the limit counts from now: building a model of 40,000 columns takes a good part of a second
        long deadline = System.currentTimeMillis() + settings.timeLimitMillis();
        Model mip = new Model(backend, true, cap, prices, settings.gap(), keep ? hint : null);
        try {
            if (settings.isProof()) {
                chargeFairness(mip, cap, settings.worstFrom());
            }
            if (settings.fixed() != null) {
                for (int j : settings.fixed()) {
                    if (j >= 0 && mip.lambda.get(j) != null) {
                        mip.lambda.get(j).setLb(1);
                    }
                }
            }
            if (backend.equals(PROOF_BACKEND)) {
                // on these pools SCIP spent most of a proof probing in presolve, again after each restart:
                // 10 s of 10.2 s on a 300-trainee range, which without them took 2.5 s; two rounds of cuts at
                // the root rather than unlimited: 1.2 s instead of 1.6 s on another
                mip.solver.setSolverSpecificParametersAsString(
                        "propagating/probing/maxprerounds = 0\npresolving/maxrestarts = 0\nseparating/maxroundsroot = 2");
            }
            if (backend.equals(INTEGER_BACKEND)) {
                // one worker, unless asked for more: the same input gives the same plan
                mip.solver.setSolverSpecificParametersAsString("num_workers: " + settings.workers()
                        + (settings.deterministicSeconds() > 0
                                ? ", max_deterministic_time: " + settings.deterministicSeconds()
                                : ""));
            }
            if (hint != null && Arrays.stream(hint).allMatch(j -> mip.lambda.get(j) != null)) {
                // every variable: SCIP ignores a hint that leaves most of them open
                setFullHint(mip, hint);
            } else if (hint != null) {
                MPVariable[] vars = new MPVariable[hint.length];
                double[] values = new double[hint.length];
                int n = 0;
                for (int t = 0; t < hint.length; t++) {
                    if (mip.lambda.get(hint[t]) != null) {
                        vars[n] = mip.lambda.get(hint[t]);
                        values[n++] = 1;
                    }
                }
                mip.solver.setHint(Arrays.copyOf(vars, n), Arrays.copyOf(values, n));
            }
            Optimiser.trace(
                    "    %s: %d variables, %d constraints",
                    backend, mip.solver.numVariables(), mip.solver.numConstraints());
            // -Dtraineeplanner.solverlog=true: the integer solver's own log, beside the trace
            if (Boolean.getBoolean("traineeplanner.solverlog")) {
                mip.solver.enableOutput();
            }
            return new PendingInteger(mip, deadline, pool.toArray(new Trajectory[0]), prices != null);
        } catch (RuntimeException e) {
            mip.solver.delete();
            throw e;
        }
    }

    /** An integer programme built and waiting to be solved; solving it frees it. */
    final class PendingInteger {
        private final Model mip;
        private final long deadline;
        private final Trajectory[] columns; // the pool when it was built
        private final boolean withinGap;

        private PendingInteger(Model mip, long deadline, Trajectory[] columns, boolean withinGap) {
            this.mip = mip;
            this.deadline = deadline;
            this.columns = columns;
            this.withinGap = withinGap;
        }

        private boolean freed;
        private boolean cancelled;

        /**
         * Asks a running solve to stop as soon as it can, with what it has; one not yet started ends at once
         * without a solution. Asking again is harmless (a solve just starting may miss the first request).
         */
        synchronized void interrupt() {
            cancelled = true;
            if (!freed) {
                mip.solver.interruptSolve();
            }
        }

        IntegerSolution solve() {
            try {
                synchronized (this) {
                    if (cancelled) {
                        return null;
                    }
                }
                // optimal means optimal: MPSolver's default stops within a relative gap of 1e-4, which on these
                // totals is several points
                MPSolverParameters exact = new MPSolverParameters();
                exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
                mip.solver.setTimeLimit(Math.max(1, deadline - System.currentTimeMillis()));
                MPSolver.ResultStatus status = mip.solver.solve(exact);
                if (status == MPSolver.ResultStatus.INFEASIBLE && withinGap) {
                    return new IntegerSolution(true, Long.MAX_VALUE, Long.MAX_VALUE, null);
                }
                if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                    return null;
                }
                int[] chosen = new int[problem.traineeCount()];
                for (int j = 0; j < columns.length; j++) {
                    MPVariable x = mip.lambda.get(j);
                    if (x != null && x.solutionValue() > 0.5) {
                        chosen[columns[j].trainee()] = j;
                    }
                }
                long value = Math.round(mip.solver.objective().value());
                long bound =
                        Math.min(value, Optimiser.ceil(mip.solver.objective().bestBound()));
                // and only when the solver's bound meets its plan: a bound it did not compute is no proof
                boolean optimal = status == MPSolver.ResultStatus.OPTIMAL && bound >= value;
                return new IntegerSolution(optimal, cost(chosen, j -> columns[j]), bound, chosen);
            } finally {
                synchronized (this) {
                    freed = true;
                    mip.solver.delete();
                }
            }
        }
    }
}
