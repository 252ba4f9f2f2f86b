package nl.traineeplanner.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores any set of placements by the spec's section 3, also one that breaks hard rules (so that
 * {@code check} can report every term of a hand-made plan). Placements are index triples of {@link Problem}.
 */
public final class Scorer {

    private Scorer() {}

    /** One placement as indices into a {@link Problem}. */
    public record Indexed(int trainee, int round, int assignment) {}

    /** Scores placements given by id; every id must be known to the problem. */
    public static Score score(Problem problem, List<Placement> placements) {
        List<Indexed> indexed = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            indexed.add(new Indexed(
                    problem.traineeIndex(p.trainee()),
                    problem.roundIndex(p.round()),
                    problem.assignmentIndex(p.assignment())));
        }
        return scoreIndexed(problem, indexed);
    }

    /** Scores placements given by index. */
    public static Score scoreIndexed(Problem problem, List<Indexed> placements) {
        Weights w = problem.weights();
        int nT = problem.traineeCount();
        int nR = problem.roundCount();
        int nA = problem.assignmentCount();

        long preference = 0;
        long host = 0;
        long travel = 0;
        long[] traineePreference = new long[nT];
        List<List<Integer>> plannedOf = new ArrayList<>(nT);
        for (int t = 0; t < nT; t++) {
            plannedOf.add(new ArrayList<>());
        }
        boolean[][] placed = new boolean[nT][nR];
        int[][] taken = new int[nA][nR];
        for (Indexed p : placements) {
            long pref = problem.preferenceCost(p.trainee(), p.round(), p.assignment());
            preference += pref;
            traineePreference[p.trainee()] += pref;
            host += problem.hostCost(p.assignment(), p.trainee());
            travel += problem.travelCost(p.trainee(), p.assignment());
            plannedOf.get(p.trainee()).add(p.assignment());
            placed[p.trainee()][p.round()] = true;
            taken[p.assignment()][p.round()]++;
        }

        long domainRepeat = 0;
        long programmeMissing = 0;
        long unplacedPairs = 0;
        long worstPreference = 0;
        long[] perTrainee = new long[nT];
        for (int t = 0; t < nT; t++) {
            int[] planned =
                    plannedOf.get(t).stream().mapToInt(Integer::intValue).toArray();
            long d = problem.domainRepeatCost(t, planned);
            long m = problem.programmeMissingCost(t, planned);
            domainRepeat += d;
            programmeMissing += m;
            perTrainee[t] = d + m;
            for (int r = 0; r < nR; r++) {
                if (problem.traineeInRound(t, r) && !placed[t][r]) {
                    unplacedPairs++;
                }
            }
            worstPreference = Math.max(worstPreference, traineePreference[t]);
        }
        for (Indexed p : placements) {
            perTrainee[p.trainee()] += problem.placementCost(p.trainee(), p.round(), p.assignment());
        }

        long unfilled = 0;
        for (int a = 0; a < nA; a++) {
            int penalty = problem.assignment(a).unfilledPenalty();
            if (penalty == 0) {
                continue;
            }
            int capacity = problem.assignment(a).capacity();
            for (int r = 0; r < nR; r++) {
                if (problem.offered(a, r)) {
                    unfilled += (long) penalty * Math.max(0, capacity - taken[a][r]);
                }
            }
        }

        CostBreakdown cost = new CostBreakdown(
                preference,
                host,
                travel,
                domainRepeat,
                programmeMissing,
                w.unplaced() * unplacedPairs,
                unfilled,
                nT == 0 ? 0 : w.fairness() * worstPreference);
        return new Score(cost, perTrainee, traineePreference);
    }

    /**
     * The score of a plan.
     *
     * @param perTrainee per trainee: preference + host + travel of its placements + domainRepeat + programmeMissing
     * @param preferencePerTrainee per trainee: the sum of preference(t, a, r), the quantity fairness looks at
     */
    public record Score(CostBreakdown cost, long[] perTrainee, long[] preferencePerTrainee) {
        public long total() {
            return cost.total();
        }
    }
}
