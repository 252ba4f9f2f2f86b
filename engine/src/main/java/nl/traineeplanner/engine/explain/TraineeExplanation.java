package nl.traineeplanner.engine.explain;

import java.util.List;

/**
 * Costs of a trainee that belong to no single placement: missing programmes, unplaced rounds, and whether the trainee
 * is the one the fairness term looks at.
 */
public record TraineeExplanation(String trainee, List<Text> notes) {

    public TraineeExplanation {
        notes = List.copyOf(notes);
    }
}
