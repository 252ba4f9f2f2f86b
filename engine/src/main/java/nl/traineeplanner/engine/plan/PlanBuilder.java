package nl.traineeplanner.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.explain.Explainer;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.explain.UnplacedReasons;
import nl.traineeplanner.engine.metrics.BlockingPairs;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import nl.traineeplanner.engine.solve.Optimiser;

/**
 * Turns an optimiser's result into a {@link Plan}: the cost recomputed by the one {@link Scorer}, every unplaced
 * (trainee, round) pair with its reason, per-trainee scores, explanations, the summary figures of
 * {@link PlanMetrics} and the blocking pairs.
 */
public final class PlanBuilder {

    private PlanBuilder() {}

    /**
     * @throws IllegalStateException when the optimiser's objective differs from the scorer's total, which means the
     *     optimiser's model and the spec's score disagree
     */
    public static Plan build(Problem problem, Optimiser.Result result) {
        List<Placement> placements = new ArrayList<>(result.placements());
        placements.sort(Comparator.comparingInt((Placement p) -> problem.traineeIndex(p.trainee()))
                .thenComparingInt(p -> problem.roundIndex(p.round())));
        Scorer.Score score = Scorer.score(problem, placements);
        if (score.total() != result.objective()) {
            throw new IllegalStateException("the optimiser reports objective " + result.objective()
                    + " but the plan scores " + score.total() + ": " + score.cost());
        }
        Map<String, Long> perTrainee = new LinkedHashMap<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            perTrainee.put(problem.trainee(t).id(), score.perTrainee()[t]);
        }
        return new Plan(
                result.optimal() ? Plan.Status.OPTIMAL : Plan.Status.FEASIBLE,
                score.total(),
                result.bound(),
                placements,
                unplaced(problem, placements, result.optimal()),
                score.cost().asMap(),
                result.solveMillis(),
                Explainer.explain(problem, placements),
                perTrainee,
                PlanMetrics.of(problem, placements),
                BlockingPairs.find(problem, placements));
    }

    /** Every (trainee, round) pair the trainee must be placed in but is not, with the reason. */
    static List<Unplaced> unplaced(Problem problem, List<Placement> placements, boolean provenOptimal) {
        boolean[][] placed = new boolean[problem.traineeCount()][problem.roundCount()];
        for (Placement p : placements) {
            placed[problem.traineeIndex(p.trainee())][problem.roundIndex(p.round())] = true;
        }
        List<Unplaced> unplaced = new ArrayList<>();
        UnplacedReasons.ForPlan reasons = UnplacedReasons.forPlan(problem, placements, provenOptimal);
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (problem.traineeInRound(t, r) && !placed[t][r]) {
                    Text reason = reasons.reason(t, r);
                    unplaced.add(new Unplaced(
                            problem.trainee(t).id(), problem.round(r).id(), reason.nl(), reason.en()));
                }
            }
        }
        return unplaced;
    }
}
