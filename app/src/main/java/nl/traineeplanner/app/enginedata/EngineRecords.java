package nl.traineeplanner.app.enginedata;

import java.util.List;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.engine.Location;

/**
 * The one translation between stored entities and the engine's records, field by field: ids, placements and places.
 * Ids towards the engine are stable: database ids for rounds, assignments and trainees (the organisation's code for
 * organisations); {@link #databaseId} reads them back.
 *
 * <p>The engine names its records as the application names its entities (Placement, Round, Trainee, Assignment,
 * Organisation); this package is the only place that meets both, so here the engine's placement is written out in
 * full and nowhere else.
 */
public final class EngineRecords {

    private EngineRecords() {}

    /** The engine's id of a round, assignment or trainee. */
    public static String id(Long databaseId) {
        return String.valueOf(databaseId);
    }

    /** The database id behind an engine id of a round, assignment or trainee. */
    public static long databaseId(String engineId) {
        return Long.parseLong(engineId);
    }

    /** A stored placement as the engine's record. */
    public static nl.traineeplanner.engine.Placement placement(Placement stored) {
        return placement(stored.getTrainee().getId(), id(stored.getRound().getId()), stored.getAssignment());
    }

    /** Stored placements as the engine's records, in the same order. */
    public static EnginePlacements placements(List<Placement> stored) {
        return new EnginePlacements(
                stored.stream().map(EngineRecords::placement).toList());
    }

    static nl.traineeplanner.engine.Placement placement(long traineeId, String roundId, Assignment assignment) {
        return new nl.traineeplanner.engine.Placement(id(traineeId), roundId, id(assignment.getId()));
    }

    /** The engine's location of a point; none for an unknown point (the home of an anonymised former trainee). */
    static Location location(GeoPoint point) {
        return point == null ? null : new Location(point.latitude(), point.longitude());
    }

    /** The application's point of an engine location. */
    static GeoPoint point(Location location) {
        return new GeoPoint(location.lat(), location.lon());
    }
}
