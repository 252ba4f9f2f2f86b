package nl.traineeplanner.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.Problem;

/**
 * For instances too large for the linear relaxation in time: the capacity of every place priced by
 * subgradient steps. Each step prices every trainee on its own, which gives a valid lower bound on the
 * objective without fairness (the Lagrangian bound), and a plan is built by giving trainees, hardest first,
 * their cheapest trajectory among the places still free.
 */
final class Lagrangian {

    // every this many steps the bound must have risen by this share of itself, or the steps stop
    private static final int CONVERGENCE_STEPS = 100;
    private static final int MAX_STEPS = 5_000;
    private static final double CONVERGED = 1e-5;
    // candidates of all trainees and rounds together, at most, when widened (24 bytes each): 2,000 trainees of
    // the unseen family used 6.1 million. With 10,000 trainees a step over widened candidates took three times as
    // long, and in 120 s the bound ended lower than without widening (4,661,507 and 4,700,591 for 8 and 3 million,
    // 4,721,092 without): beyond WIDEN_TRAINEES no trainee is widened
    private static final long WIDEN_UP_TO = 8_000_000;
    private static final int WIDEN_TRAINEES = 5_000;

    private final Problem problem;
    private final Pricer pricer;
    private final double[][] price; // [a][r], never positive: places are charged, never paid for
    private final double[][] bestPrice; // the prices of the best bound so far
    private final int nA;
    private final int nR;

    Lagrangian(Problem problem, Pricer pricer) {
        this.problem = problem;
        this.pricer = pricer;
        this.nA = problem.assignmentCount();
        this.nR = problem.roundCount();
        this.price = new double[nA][nR];
        this.bestPrice = new double[nA][nR];
    }

    private final Pricer.Duals duals = Pricer.Duals.charges(this::priceOf);

    private double priceOf(int a, int r) {
        return price[a][r];
    }

    /**
     * Subgradient steps until the time budget (milliseconds left, as told by {@code remaining}) drops below
     * {@code reserveMillis}. Returns the best bound found; its prices are kept for {@link #repairAtBest}.
     */
    long run(long upperBound, LongSupplier remaining, long reserveMillis) {
        double bestBound = Double.NEGATIVE_INFINITY;
        StepLength step = new StepLength();
        double boundStepsAgo = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_STEPS && remaining.getAsLong() > reserveMillis; iteration++) {
            int[][] usage = new int[nA][nR];
            double bound = 0;
            // trainees are priced on their own, so in parallel; summed in order, so the same every time
            Pricer.Relaxed[] cheapest = new Pricer.Relaxed[problem.traineeCount()];
            IntStream.range(0, cheapest.length).parallel().forEach(t -> cheapest[t] = pricer.cheapestRelaxed(t, duals));
            List<Integer> elsewhere = new ArrayList<>();
            for (int t = 0; t < cheapest.length; t++) {
                Pricer.Relaxed best = cheapest[t];
                if (best.elsewhere()) {
                    elsewhere.add(t);
                }
                // valid for every trajectory, also those through places the search does not consider
                bound += best.price();
                int[] perRound = best.placesPerRound();
                for (int r = 0; r < nR; r++) {
                    if (perRound[r] != Pricer.UNPLACED) {
                        usage[perRound[r]][r]++;
                    }
                }
            }
            double norm = 0;
            double[][] gradient = new double[nA][nR];
            for (int a = 0; a < nA; a++) {
                int capacity = problem.assignment(a).capacity();
                for (int r = 0; r < nR; r++) {
                    if (problem.offered(a, r)) {
                        bound += capacity * price[a][r]; // min(price, unfilledPenalty) with price never positive
                        double g = capacity - usage[a][r];
                        // a place priced at zero with room to spare cannot go lower
                        gradient[a][r] = price[a][r] == 0 && g > 0 ? 0 : g;
                        norm += gradient[a][r] * gradient[a][r];
                    }
                }
            }
            if (bound > bestBound + 1e-9) {
                bestBound = bound;
                for (int a = 0; a < nA; a++) {
                    System.arraycopy(price[a], 0, bestPrice[a], 0, nR);
                }
                step.improved();
            } else {
                step.stalled();
            }
            Optimiser.trace(
                    "lagrangian step %d: bound %.1f (best %.1f), step %.4f",
                    iteration, bound, bestBound, step.factor());
            if (!elsewhere.isEmpty() && problem.traineeCount() <= WIDEN_TRAINEES) {
                // a trainee priced cheapest at a place outside its candidates uses no priced place: the steps
                // cannot see where it goes, so its candidates are widened, as far as memory allows
                int widened = pricer.widen(elsewhere, WIDEN_UP_TO).size();
                Optimiser.trace(
                        "  %d trainees elsewhere, %d widened, %d candidates",
                        elsewhere.size(), widened, pricer.candidateCount());
            }
            if (norm == 0 || step.factor() < 1e-6 || upperBound - bestBound < 1) {
                break;
            }
            if (iteration % CONVERGENCE_STEPS == 0) {
                // settled: the last steps raised the bound by less than a hundred-thousandth
                if (bestBound - boundStepsAgo < CONVERGED * Math.abs(bestBound)) {
                    break;
                }
                boundStepsAgo = bestBound;
            }
            double length = step.factor() * Math.max(1, upperBound - bound) / norm;
            for (int a = 0; a < nA; a++) {
                for (int r = 0; r < nR; r++) {
                    price[a][r] = Math.min(0, price[a][r] + length * gradient[a][r]);
                }
            }
        }
        return (long) Math.ceil(bestBound - 1e-6);
    }

    /**
     * The factor of the step length (a share of the distance from the bound to the best plan, over the gradient's
     * squared norm). It halves after {@link #STALLED} steps without a better bound, and grows by {@link #GROWTH}
     * after {@link #IMPROVING} better bounds in a row, up to {@link #MAX_FACTOR}: a bound that rises at nearly
     * every step has steps too short. `unranked`, 2,000 trainees, bound after 48 s: 1,047,608 halving only,
     * 1,053,516 growing by 1.2, 1,052,403 by 1.1, 1,049,739 by 1.5.
     */
    static final class StepLength {
        static final int STALLED = 20;
        static final int IMPROVING = 5;
        static final double GROWTH = 1.2;
        static final double MAX_FACTOR = 2;

        // the target of the steps is the best plan, well above the bound: a short first step overshoots less
        private double factor = 0.25;
        private int sinceImproved;
        private int improvedInRow;

        double factor() {
            return factor;
        }

        /** The last step gave the best bound so far. */
        void improved() {
            sinceImproved = 0;
            if (++improvedInRow == IMPROVING) {
                factor = Math.min(MAX_FACTOR, factor * GROWTH);
                improvedInRow = 0;
            }
        }

        /** The last step gave no better bound. */
        void stalled() {
            improvedInRow = 0;
            if (++sinceImproved == STALLED) {
                factor /= 2;
                sinceImproved = 0;
            }
        }
    }

    /** The prices of the best bound so far. */
    Pricer.Duals bestDuals() {
        return Pricer.Duals.charges((a, r) -> bestPrice[a][r]);
    }

    /** A plan repaired under the prices of the best bound. */
    List<Trajectory> repairAtBest() {
        return new PricedRepair(problem, pricer).plan(bestDuals(), Long.MAX_VALUE);
    }
}
