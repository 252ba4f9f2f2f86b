package nl.traineeplanner.app.enginedata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import stored: the new cohort, its rounds, how many of each kind, and which application id each id of the
 * file became (so a caller can find its trainees and assignments back).
 *
 * @param rounds the cohort's rounds in order: earlier rounds made for the history first, then the planned ones
 * @param newDomains policy domains the application did not know yet and that were added
 * @param weightsLeftOut true when the file carried other weights than the standard ones: weights are chosen per run
 */
public record CohortImport(
        long cohortId,
        String cohortName,
        List<ImportedRound> rounds,
        int organisationsCreated,
        int organisationsUpdated,
        int organisationsUnchanged,
        int assignments,
        int trainees,
        int preferences,
        int hostRankings,
        int historyPlacements,
        int pins,
        List<String> newDomains,
        boolean weightsLeftOut,
        Map<String, Long> assignmentIds,
        Map<String, Long> traineeIds) {

    public CohortImport {
        rounds = List.copyOf(rounds);
        newDomains = List.copyOf(newDomains);
        assignmentIds = Collections.unmodifiableMap(new LinkedHashMap<>(assignmentIds));
        traineeIds = Collections.unmodifiableMap(new LinkedHashMap<>(traineeIds));
    }

    /** The organisations of the file, new, updated or already as described. */
    public int organisations() {
        return organisationsCreated + organisationsUpdated + organisationsUnchanged;
    }

    /** A round of the cohort and the id it has in the file. */
    public record ImportedRound(long id, String fileId, String name, boolean planned) {}
}
