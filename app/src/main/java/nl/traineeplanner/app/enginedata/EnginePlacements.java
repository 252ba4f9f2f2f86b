package nl.traineeplanner.app.enginedata;

import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.engine.Placement;

/**
 * Placements of a plan as the engine's records (trainee, round and assignment by engine id), as the engine's scorer,
 * rule checker and explainer take them. The application's own placements are entities; this is what it hands the
 * engine, made by {@link EngineRecords} or a {@link Builder}.
 *
 * @param list the engine's records, in order
 */
public record EnginePlacements(List<Placement> list) {

    public EnginePlacements {
        list = List.copyOf(list);
    }

    /** Placements of one round, added one trainee at a time. */
    public static Builder inRound(String roundId) {
        return new Builder(roundId);
    }

    public int size() {
        return list.size();
    }

    /** Collects placements of one round. */
    public static final class Builder {

        private final String roundId;
        private final List<Placement> placements = new ArrayList<>();

        private Builder(String roundId) {
            this.roundId = roundId;
        }

        /** The trainee (by database id) on the assignment. */
        public Builder add(long traineeId, Assignment assignment) {
            placements.add(EngineRecords.placement(traineeId, roundId, assignment));
            return this;
        }

        public EnginePlacements build() {
            return new EnginePlacements(placements);
        }
    }
}
