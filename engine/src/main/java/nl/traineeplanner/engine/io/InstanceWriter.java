package nl.traineeplanner.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.Weights;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Instance} as a {@code traineeplanner/instance@1} document, so that a round planned in the web
 * application can be exported and solved or checked on the command line. Defaults are written out explicitly, except
 * where leaving a field out carries meaning (a trainee without {@code rounds} is planned in all rounds).
 */
public final class InstanceWriter {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private InstanceWriter() {}

    public static String toJson(Instance instance) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(instance));
    }

    public static void write(Instance instance, Path file) throws IOException {
        Files.writeString(file, toJson(instance) + System.lineSeparator());
    }

    public static ObjectNode toTree(Instance instance) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Instance.FORMAT);
        ArrayNode rounds = root.putArray("rounds");
        for (Round r : instance.rounds()) {
            ObjectNode n = rounds.addObject().put("id", r.id());
            putIfPresent(n, "start", r.start() == null ? null : r.start().toString());
            putIfPresent(n, "end", r.end() == null ? null : r.end().toString());
        }
        ArrayNode organisations = root.putArray("organisations");
        for (Organisation o : instance.organisations()) {
            ObjectNode n = organisations.addObject().put("id", o.id());
            putIfPresent(n, "name", o.name());
            location(n, "location", o.location());
        }
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : instance.assignments()) {
            assignment(assignments.addObject(), a);
        }
        ArrayNode trainees = root.putArray("trainees");
        for (Trainee t : instance.trainees()) {
            trainee(trainees.addObject(), t);
        }
        ArrayNode hostPreferences = root.putArray("hostPreferences");
        for (HostPreference hp : instance.hostPreferences()) {
            ObjectNode n = hostPreferences.addObject().put("assignment", hp.assignment());
            hp.trainees().forEach(n.putArray("trainees")::add);
        }
        ArrayNode pinned = root.putArray("pinned");
        for (Placement p : instance.pinned()) {
            pinned.addObject()
                    .put("trainee", p.trainee())
                    .put("round", p.round())
                    .put("assignment", p.assignment());
        }
        weights(root.putObject("weights"), instance.weights());
        return root;
    }

    private static void assignment(ObjectNode n, Assignment a) {
        n.put("id", a.id());
        putIfPresent(n, "title", a.title());
        n.put("organisation", a.organisation());
        n.put("programme", a.programme());
        n.put("domain", a.domain());
        a.rounds().forEach(n.putArray("rounds")::add);
        n.put("capacity", a.capacity());
        location(n, "location", a.location());
        n.put("unfilledPenalty", a.unfilledPenalty());
    }

    private static void trainee(ObjectNode n, Trainee t) {
        n.put("id", t.id());
        putIfPresent(n, "name", t.name());
        location(n, "home", t.home());
        if (!t.rounds().isEmpty()) {
            t.rounds().forEach(n.putArray("rounds")::add);
        }
        t.preferences().forEach(n.putArray("preferences")::add);
        t.excludedOrganisations().stream().sorted().forEach(n.putArray("excludedOrganisations")::add);
        if (t.maxTravelKm() != null) {
            n.put("maxTravelKm", t.maxTravelKm());
        }
        ArrayNode history = n.putArray("history");
        for (HistoryEntry h : t.history()) {
            ObjectNode e = history.addObject();
            putIfPresent(e, "round", h.round());
            e.put("organisation", h.organisation());
            e.put("programme", h.programme());
            e.put("domain", h.domain());
        }
    }

    private static void weights(ObjectNode n, Weights w) {
        n.put("preference", w.preference());
        n.put("unranked", w.unranked());
        n.put("host", w.host());
        n.put("hostUnranked", w.hostUnranked());
        n.put("travelPerKm", w.travelPerKm());
        n.put("domainRepeat", w.domainRepeat());
        n.put("programmeMissing", w.programmeMissing());
        n.put("unplaced", w.unplaced());
        n.put("fairness", w.fairness());
    }

    private static void location(ObjectNode n, String field, Location location) {
        if (location != null) {
            n.putObject(field).put("lat", location.lat()).put("lon", location.lon());
        }
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
