package nl.traineeplanner.engine.explain;

import java.util.List;

/**
 * Everything a plan explains about itself, computed from the same score as the plan.
 *
 * @param unfilled one line per assignment and round with places left empty at a cost
 */
public record Explanations(
        List<PlacementExplanation> placements,
        List<TraineeExplanation> trainees,
        List<FirstChoiceExplanation> firstChoices,
        List<Text> unfilled) {

    public Explanations {
        placements = List.copyOf(placements);
        trainees = List.copyOf(trainees);
        firstChoices = List.copyOf(firstChoices);
        unfilled = List.copyOf(unfilled);
    }
}
