package nl.traineeplanner.engine;

import java.util.List;
import java.util.Set;

/**
 * A trainee of the cohort.
 *
 * @param home null when unknown
 * @param rounds the rounds in which the trainee must be placed
 * @param preferences assignment ids, best first; may mix rounds
 * @param maxTravelKm hard limit on the home → assignment distance; null when none
 */
public record Trainee(
        String id,
        String name,
        Location home,
        List<String> rounds,
        List<String> preferences,
        Set<String> excludedOrganisations,
        Double maxTravelKm,
        List<HistoryEntry> history) {

    public Trainee {
        rounds = List.copyOf(rounds);
        preferences = List.copyOf(preferences);
        excludedOrganisations = Set.copyOf(excludedOrganisations);
        history = List.copyOf(history);
    }
}
