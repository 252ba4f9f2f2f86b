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

    /** Scores placements given by index: each trainee by {@link Problem#traineeTerms}, the plan's terms on top. */
    public static Score scoreIndexed(Problem problem, List<Indexed> placements) {
        Weights w = problem.weights();
        int nT = problem.traineeCount();
        int nR = problem.roundCount();
        int nA = problem.assignmentCount();

        int[] count = new int[nT];
        for (Indexed p : placements) {
            count[p.trainee()]++;
        }
        int[][] roundsOf = new int[nT][];
        int[][] assignmentsOf = new int[nT][];
        for (int t = 0; t < nT; t++) {
            roundsOf[t] = new int[count[t]];
            assignmentsOf[t] = new int[count[t]];
            count[t] = 0;
        }
        int[][] taken = new int[nA][nR];
        for (Indexed p : placements) {
            int t = p.trainee();
            roundsOf[t][count[t]] = p.round();
            assignmentsOf[t][count[t]++] = p.assignment();
            taken[p.assignment()][p.round()]++;
        }

        long preference = 0;
        long host = 0;
        long travel = 0;
        long domainRepeat = 0;
        long programmeMissing = 0;
        long unplacedPairs = 0;
        long worstPreference = 0;
        long[] perTrainee = new long[nT];
        long[] traineePreference = new long[nT];
        for (int t = 0; t < nT; t++) {
            Problem.TraineeTerms terms = problem.traineeTerms(t, roundsOf[t], assignmentsOf[t], count[t]);
            preference += terms.preference();
            host += terms.host();
            travel += terms.travel();
            domainRepeat += terms.domainRepeat();
            programmeMissing += terms.programmeMissing();
            unplacedPairs += terms.unplacedRounds();
            perTrainee[t] = terms.perTrainee();
            traineePreference[t] = terms.preference();
            worstPreference = Math.max(worstPreference, terms.preference());
        }

        CostBreakdown cost = new CostBreakdown(
                preference,
                host,
                travel,
                domainRepeat,
                programmeMissing,
                w.unplaced() * unplacedPairs,
                problem.unfilledCost(taken),
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
