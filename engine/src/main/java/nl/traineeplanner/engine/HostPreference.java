package nl.traineeplanner.engine;

import java.util.List;

/** A host's ranking of trainees for one assignment, best first. */
public record HostPreference(String assignment, List<String> trainees) {

    public HostPreference {
        trainees = List.copyOf(trainees);
    }
}
