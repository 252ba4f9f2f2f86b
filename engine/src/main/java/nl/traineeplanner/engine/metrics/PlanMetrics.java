package nl.traineeplanner.engine.metrics;

import java.util.List;
import nl.traineeplanner.engine.IndexedPlan;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * How a plan treats trainees and hosts, in figures a coordinator understands; the companion of the score.
 *
 * <p>The choice figures count (trainee, round) pairs the trainee must be placed in and for which it ranked
 * at least one assignment offered in that round ({@code rankedPairs}); pairs without such a choice say
 * nothing about choices and are left out. An unplaced pair counts in {@code rankedPairs} but is neither a
 * first choice nor a top-3 choice, so a plan cannot look better by leaving trainees out.
 *
 * @param rankedPairs (trainee, round) pairs to plan where the trainee ranked something offered in the round
 * @param firstChoice of those, placed at the trainee's first choice for that round
 * @param topThree of those, placed at one of the trainee's three best choices for that round
 * @param worstRank the largest rank (1-based, per round as in the spec's preference cost) of any placement in
 *     a ranked pair, where a placement at an assignment the trainee did not rank counts as the number of its
 *     choices for that round + 1; 0 when there is no such placement. Unplaced pairs are not in it: see
 *     {@code unplacedPairs}
 * @param unrankedPlacements placements in a ranked pair at an assignment the trainee did not rank
 * @param unplacedPairs (trainee, round) pairs to plan without a placement
 * @param unfilledPlaces Σ over assignments and offered rounds of the places left empty
 * @param blockingPairs distinct blocking (trainee, round, assignment) triples, see {@link BlockingPairs}
 */
public record PlanMetrics(
        int rankedPairs,
        int firstChoice,
        int topThree,
        int worstRank,
        int unrankedPlacements,
        int unplacedPairs,
        int unfilledPlaces,
        int blockingPairs) {

    /** Measures placements that keep H1 (one per trainee and round); throws when they do not. */
    public static PlanMetrics of(Problem problem, List<Placement> placements) {
        IndexedPlan plan = new IndexedPlan(problem, placements);
        int rankedPairs = 0;
        int firstChoice = 0;
        int topThree = 0;
        int worstRank = 0;
        int unranked = 0;
        int unplaced = 0;
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (!problem.traineeInRound(t, r)) {
                    continue;
                }
                int a = plan.assignmentOf(t, r);
                if (a < 0) {
                    unplaced++;
                }
                int choices = problem.ranked(t, r).length;
                if (choices == 0) {
                    continue;
                }
                rankedPairs++;
                if (a < 0) {
                    continue;
                }
                int rank = problem.preferenceRank(t, r, a);
                if (rank == 0) {
                    unranked++;
                    rank = choices + 1;
                }
                firstChoice += rank == 1 ? 1 : 0;
                topThree += rank <= 3 ? 1 : 0;
                worstRank = Math.max(worstRank, rank);
            }
        }
        return new PlanMetrics(
                rankedPairs,
                firstChoice,
                topThree,
                worstRank,
                unranked,
                unplaced,
                unfilledPlaces(problem, plan),
                BlockingPairs.find(problem, plan).size());
    }

    /** Share of ranked pairs placed at the first choice, 0 when there are none. */
    public double firstChoiceShare() {
        return rankedPairs == 0 ? 0 : (double) firstChoice / rankedPairs;
    }

    /** Share of ranked pairs placed in the top 3, 0 when there are none. */
    public double topThreeShare() {
        return rankedPairs == 0 ? 0 : (double) topThree / rankedPairs;
    }

    private static int unfilledPlaces(Problem problem, IndexedPlan plan) {
        int unfilled = 0;
        for (int a = 0; a < problem.assignmentCount(); a++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                unfilled += problem.emptyPlaces(a, r, plan.taken(a, r));
            }
        }
        return unfilled;
    }
}
