package nl.traineeplanner.engine;

import java.util.List;

/**
 * A piece of work of about eight months at one host organisation, offered in one or more rounds.
 *
 * @param location where the work is done; null means the organisation's location
 * @param unfilledPenalty penalty points for each offered place left empty, per round
 */
public record Assignment(
        String id,
        String title,
        String organisation,
        String programme,
        String domain,
        List<String> rounds,
        int capacity,
        Location location,
        int unfilledPenalty) {

    public Assignment {
        rounds = List.copyOf(rounds);
    }
}
