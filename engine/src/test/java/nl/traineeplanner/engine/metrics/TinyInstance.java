package nl.traineeplanner.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;

/** Builds small hand-made instances for tests; shared by the metrics, baseline and bench tests. */
public final class TinyInstance {

    private final List<Round> rounds = new ArrayList<>();
    private final Set<String> organisations = new LinkedHashSet<>();
    private final Map<String, Location> organisationLocations = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Trainee> trainees = new ArrayList<>();
    private final List<HostPreference> hosts = new ArrayList<>();
    private final List<Placement> pins = new ArrayList<>();

    private TinyInstance(String... roundIds) {
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (String id : roundIds) {
            rounds.add(new Round(id, start, start.plusMonths(8).minusDays(1)));
            start = start.plusMonths(8);
        }
    }

    public static TinyInstance rounds(String... ids) {
        return new TinyInstance(ids);
    }

    /** An assignment of programme tvg and domain "d-" + id, without location. */
    public TinyInstance assignment(String id, String organisation, int capacity, String... roundIds) {
        return assignment(id, organisation, "tvg", "d-" + id, capacity, roundIds);
    }

    public TinyInstance assignment(
            String id, String organisation, String programme, String domain, int capacity, String... roundIds) {
        organisations.add(organisation);
        assignments.add(new Assignment(id, id, organisation, programme, domain, List.of(roundIds), capacity, null, 0));
        return this;
    }

    /** Gives an organisation a location; organisations have none otherwise. */
    public TinyInstance organisationAt(String organisation, double lat, double lon) {
        organisations.add(organisation);
        organisationLocations.put(organisation, new Location(lat, lon));
        return this;
    }

    /** A trainee planned in every round, without home, limits or history. */
    public TinyInstance trainee(String id, String... preferences) {
        return trainee(new Trainee(id, id, null, List.of(), List.of(preferences), Set.of(), null, List.of()));
    }

    public TinyInstance trainee(Trainee trainee) {
        trainees.add(trainee);
        return this;
    }

    public TinyInstance traineeExcluding(String id, String excludedOrganisation, String... preferences) {
        return trainee(new Trainee(
                id, id, null, List.of(), List.of(preferences), Set.of(excludedOrganisation), null, List.of()));
    }

    public TinyInstance traineeWithHistory(String id, String organisation, String... preferences) {
        HistoryEntry earlier = new HistoryEntry("2026-2", organisation, "npg", "history");
        organisations.add(organisation);
        return trainee(new Trainee(id, id, null, List.of(), List.of(preferences), Set.of(), null, List.of(earlier)));
    }

    public TinyInstance traineeInRounds(String id, List<String> roundIds, String... preferences) {
        return trainee(new Trainee(id, id, null, roundIds, List.of(preferences), Set.of(), null, List.of()));
    }

    public TinyInstance traineeWithTravelLimit(String id, Location home, double maxKm, String... preferences) {
        return trainee(new Trainee(id, id, home, List.of(), List.of(preferences), Set.of(), maxKm, List.of()));
    }

    public TinyInstance host(String assignment, String... trainees) {
        hosts.add(new HostPreference(assignment, List.of(trainees)));
        return this;
    }

    public TinyInstance pin(String trainee, String round, String assignment) {
        pins.add(new Placement(trainee, round, assignment));
        return this;
    }

    public Instance instance() {
        List<Organisation> orgs = organisations.stream()
                .map(o -> new Organisation(o, o, organisationLocations.get(o)))
                .toList();
        return new Instance(rounds, orgs, assignments, trainees, hosts, pins, null);
    }

    public Problem problem() {
        return new Problem(instance());
    }

    /** Shorthand for a placement in tests. */
    public static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }
}
