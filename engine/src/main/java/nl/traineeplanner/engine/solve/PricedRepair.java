package nl.traineeplanner.engine.solve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.traineeplanner.engine.Problem;

/**
 * A plan that keeps every hard rule, built from prices on places: those of the Lagrangian bound on instances
 * too large for the relaxation, or the relaxation's own duals when the integer programme over its columns
 * finds no plan quickly. The prices say where places run short; the trainees whose cheapest trajectory under
 * them costs most choose first. This finds plans, it proves nothing; {@link RoundReassignment} improves them.
 */
final class PricedRepair {

    private final Problem problem;
    private final Pricer pricer;
    private final int nA;
    private final int nR;

    PricedRepair(Problem problem, Pricer pricer) {
        this.problem = problem;
        this.pricer = pricer;
        this.nA = problem.assignmentCount();
        this.nR = problem.roundCount();
    }

    /**
     * The plan under {@code prices}, which only charge places (every price zero or below): trainees, those
     * with the dearest cheapest trajectory first, each take their cheapest trajectory among places still free
     * whose preference cost is at most {@code cap}. {@code cap} must be at least every trainee's pins alone.
     */
    List<Trajectory> plan(Pricer.Duals prices, long cap) {
        int nT = problem.traineeCount();
        long[] cheapestCost = new long[nT];
        for (int t = 0; t < nT; t++) {
            cheapestCost[t] = pricer.cheapest(t, prices, cap).trajectory().cost();
        }
        int[][] free = new int[nA][nR];
        for (int a = 0; a < nA; a++) {
            for (int r = 0; r < nR; r++) {
                free[a][r] = problem.offered(a, r) ? problem.assignment(a).capacity() : 0;
            }
        }
        boolean[][] pinnedAt = new boolean[nT][nR];
        for (var pin : problem.instance().pinned()) {
            int t = problem.traineeIndex(pin.trainee());
            int r = problem.roundIndex(pin.round());
            pinnedAt[t][r] = true;
            free[problem.assignmentIndex(pin.assignment())][r]--; // pins hold their place from the start
        }
        Integer[] order = new Integer[nT];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(
                order, Comparator.comparingLong((Integer t) -> -cheapestCost[t]).thenComparing(t -> t));
        Pricer.Duals full = Pricer.Duals.charges((a, r) -> free[a][r] > 0 ? prices.capacity(a, r) : -1e12);
        Trajectory[] plan = new Trajectory[nT];
        for (int t : order) {
            Trajectory tr = pricer.cheapest(t, full, cap).trajectory();
            int[] perRound = tr.assignmentPerRound().clone();
            if (fillFromAll(t, perRound, free)) {
                Trajectory filled = pricer.fromPlan(t, perRound);
                if (filled.preference() <= cap) {
                    tr = filled;
                } else {
                    perRound = tr.assignmentPerRound().clone(); // the cap holds: the round stays unplaced
                }
            }
            for (int r = 0; r < nR; r++) {
                if (perRound[r] != Pricer.UNPLACED && !pinnedAt[t][r]) {
                    free[perRound[r]][r]--;
                }
            }
            plan[t] = tr;
        }
        return Arrays.asList(plan);
    }

    /**
     * Where the candidates left a round of t unplaced, the cheapest free allowed place among all assignments,
     * at an organisation t has no other placement with. True when something was placed.
     */
    private boolean fillFromAll(int t, int[] perRound, int[][] free) {
        boolean placed = false;
        for (int r = 0; r < nR; r++) {
            if (perRound[r] != Pricer.UNPLACED || !problem.traineeInRound(t, r)) {
                continue;
            }
            int bestA = -1;
            long bestCost = Long.MAX_VALUE;
            for (int a = 0; a < nA; a++) {
                if (free[a][r] > 0 // H3
                        && problem.allowed(t, r, a) // H1, H2, H4 (history), H5, H6
                        && problem.roundAtSameOrganisation(perRound, r, a) < 0) { // H4 between placements
                    long cost = problem.placementCost(t, r, a);
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestA = a;
                    }
                }
            }
            if (bestA >= 0) {
                perRound[r] = bestA;
                placed = true;
            }
        }
        return placed;
    }
}
