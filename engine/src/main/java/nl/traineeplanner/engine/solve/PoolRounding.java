package nl.traineeplanner.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import nl.traineeplanner.engine.Problem;

/**
 * A better plan for instances too large for column generation, from the prices of the Lagrangian bound.
 * Each trainee's cheapest trajectories under those prices, together with the plan so far, form a pool. The
 * linear relaxation over that pool is solved once; the trajectories it takes whole are kept and the rest is
 * decided as an integer programme, started from the plan so far. Only trajectories within the plan's
 * worst-off preference cost are used, so the fairness term never grows. This finds plans, it proves nothing.
 */
final class PoolRounding {

    // measured on a 2,000-trainee instance: 5 per trainee gave a pool the relaxation solves in about 5 s
    private static final int COLUMNS_PER_TRAINEE = 5;
    // beyond this the relaxation does not pay: 10,700 columns (2,000 trainees) took 4-5 s, 30,000 (10,000
    // trainees, 3 per trainee) more than 60 s
    private static final int MAX_COLUMNS = 25_000;

    private final Problem problem;
    private final Pricer pricer;

    PoolRounding(Problem problem, Pricer pricer) {
        this.problem = problem;
        this.pricer = pricer;
    }

    /**
     * The plan rounded from the pool under {@code prices}, or {@code plan} itself when time ran out or the
     * rounding found nothing cheaper. Uses at most the time {@code remaining} tells.
     */
    List<Trajectory> round(List<Trajectory> plan, Pricer.Duals prices, LongSupplier remaining) {
        if ((long) problem.traineeCount() * COLUMNS_PER_TRAINEE > MAX_COLUMNS) {
            Optimiser.trace("pool rounding: left out, %d trainees", problem.traineeCount());
            return plan;
        }
        MasterProblem pool = new MasterProblem(problem);
        long cap = 0;
        int[] current = new int[plan.size()];
        for (int t = 0; t < current.length; t++) {
            Trajectory tr = plan.get(t);
            pool.add(tr);
            current[t] = pool.indexOf(tr);
            cap = Math.max(cap, tr.preference());
        }
        for (int t = 0; t < problem.traineeCount() && remaining.getAsLong() > 0; t++) {
            for (Pricer.Priced p : pricer.cheapest(t, prices, cap, COLUMNS_PER_TRAINEE)) {
                pool.add(p.trajectory());
            }
        }
        long left = remaining.getAsLong();
        if (left == 0) {
            return plan;
        }
        MasterProblem.LpSolution lp = pool.solveRelaxation(cap, left / 2);
        if (lp == null) {
            Optimiser.trace(
                    "pool rounding: relaxation over %d columns out of time",
                    pool.pool().size());
            return plan;
        }
        Optimiser.trace(
                "pool rounding: relaxation %.1f over %d columns",
                lp.value(), pool.pool().size());
        // the integer programme gets half of what is left; what remains goes to improving its plan
        MasterProblem.IntegerSolution rounded =
                pool.solveInteger(cap, Math.max(1, remaining.getAsLong() / 2), current, lp.atOne());
        if (rounded == null) {
            // no plan keeps the whole columns (on 2,000 trainees the solver proves that in a fraction of a second,
            // where the columns of the others cannot fill the rest): the whole pool, from the plan so far
            // (history 2,000 seed 1: 881,519 to 874,169 and 875,405 in two runs)
            rounded = pool.searchInteger(cap, Math.max(1, remaining.getAsLong() / 2), current);
        }
        if (rounded == null || rounded.objective() >= pool.cost(current)) {
            return plan;
        }
        Optimiser.trace("pool rounding: plan %d (was %d)", rounded.objective(), pool.cost(current));
        List<Trajectory> better = new ArrayList<>(rounded.chosen().length);
        for (int j : rounded.chosen()) {
            better.add(pool.pool().get(j));
        }
        return better;
    }
}
