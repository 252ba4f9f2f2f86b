package nl.traineeplanner.engine.explain;

import java.util.List;

/** Everything a plan explains about itself, computed from the same score as the plan. */
public record Explanations(
        List<PlacementExplanation> placements,
        List<TraineeExplanation> trainees,
        List<FirstChoiceExplanation> firstChoices) {

    public Explanations {
        placements = List.copyOf(placements);
        trainees = List.copyOf(trainees);
        firstChoices = List.copyOf(firstChoices);
    }
}
