package nl.traineeplanner.engine;

import java.util.List;

/** One planning problem in the {@code traineeplanner/instance@1} format. */
public record Instance(
        List<Round> rounds,
        List<Organisation> organisations,
        List<Assignment> assignments,
        List<Trainee> trainees,
        List<HostPreference> hostPreferences,
        List<Placement> pinned,
        Weights weights) {

    public static final String FORMAT = "traineeplanner/instance@1";

    public Instance {
        rounds = List.copyOf(rounds);
        organisations = List.copyOf(organisations);
        assignments = List.copyOf(assignments);
        trainees = List.copyOf(trainees);
        hostPreferences = List.copyOf(hostPreferences);
        pinned = List.copyOf(pinned);
        weights = weights == null ? Weights.DEFAULTS : weights;
    }

    /** The same instance with other weights. */
    public Instance withWeights(Weights other) {
        return new Instance(rounds, organisations, assignments, trainees, hostPreferences, pinned, other);
    }

    /** The same instance with other pins. */
    public Instance withPinned(List<Placement> other) {
        return new Instance(rounds, organisations, assignments, trainees, hostPreferences, other, weights);
    }
}
