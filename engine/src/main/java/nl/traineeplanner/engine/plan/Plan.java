package nl.traineeplanner.engine.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.explain.Explanations;
import nl.traineeplanner.engine.metrics.BlockingPairs;
import nl.traineeplanner.engine.metrics.PlanMetrics;

/**
 * A plan in the {@code traineeplanner/plan@1} format (spec section 4). A plan read from a file — perhaps made by
 * hand — may leave out everything but its placements: then {@code status}, {@code objective}, {@code bound},
 * {@code solveMillis} and {@code summary} are null, {@code cost}, {@code perTrainee} and {@code blockingPairs} are
 * empty and {@code explanations} is null.
 *
 * @param cost the stated cost terms by their spec names, in the spec's order
 * @param perTrainee per trainee id: the placements' preference + host + travel plus domainRepeat and programmeMissing
 * @param summary how the plan treats trainees and hosts beyond its score: choices honoured, unplaced pairs, empty
 *     places and the number of blocking pairs
 * @param blockingPairs the (trainee, round, assignment) triples where trainee and host would both rather be
 *     together than keep the plan, see {@link BlockingPairs}
 */
public record Plan(
        Status status,
        Long objective,
        Long bound,
        List<Placement> placements,
        List<Unplaced> unplaced,
        Map<String, Long> cost,
        Long solveMillis,
        Explanations explanations,
        Map<String, Long> perTrainee,
        PlanMetrics summary,
        List<Placement> blockingPairs) {

    public static final String FORMAT = "traineeplanner/plan@1";

    /** {@code OPTIMAL} when the objective is proven minimal, otherwise {@code FEASIBLE}. */
    public enum Status {
        OPTIMAL,
        FEASIBLE
    }

    public Plan {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        cost = cost == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cost));
        perTrainee = perTrainee == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(perTrainee));
        blockingPairs = blockingPairs == null ? List.of() : List.copyOf(blockingPairs);
    }

    /** {@code objective − bound}, the gap the engine reports to the user; null when either is absent. */
    public Long gap() {
        return objective == null || bound == null ? null : objective - bound;
    }

    /** The gap as a percentage of the objective (0 when the objective is 0); null when either is absent. */
    public Double gapPercent() {
        Long gap = gap();
        if (gap == null) {
            return null;
        }
        return objective == 0 ? 0.0 : 100.0 * gap / objective;
    }

    /** A plan of placements only, as a coordinator might write by hand. */
    public static Plan ofPlacements(List<Placement> placements) {
        return new Plan(null, null, null, placements, List.of(), Map.of(), null, null, Map.of(), null, List.of());
    }
}
