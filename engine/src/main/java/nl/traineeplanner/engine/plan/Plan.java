package nl.traineeplanner.engine.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.explain.Explanations;

/**
 * A plan in the {@code traineeplanner/plan@1} format (spec section 4). A plan read from a file — perhaps made by
 * hand — may leave out everything but its placements: then {@code status}, {@code objective}, {@code bound} and
 * {@code solveMillis} are null, {@code cost} and {@code perTrainee} are empty and {@code explanations} is null.
 *
 * @param cost the stated cost terms by their spec names, in the spec's order
 * @param perTrainee per trainee id: the placements' preference + host + travel plus domainRepeat and programmeMissing
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
        Map<String, Long> perTrainee) {

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
    }

    /** A plan of placements only, as a coordinator might write by hand. */
    public static Plan ofPlacements(List<Placement> placements) {
        return new Plan(null, null, null, placements, List.of(), Map.of(), null, null, Map.of());
    }
}
