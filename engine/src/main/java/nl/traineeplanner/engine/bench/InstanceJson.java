package nl.traineeplanner.engine.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Writes an instance in the {@code traineeplanner/instance@1} format. A stop-gap for the bench until the
 * engine has its own instance writer; fields at their default are left out, sets are written sorted.
 */
final class InstanceJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InstanceJson() {}

    static void write(Instance instance, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            JSON.writeValue(out, toTree(instance));
        }
    }

    static Map<String, Object> toTree(Instance instance) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", Instance.FORMAT);
        root.put("rounds", instance.rounds().stream().map(InstanceJson::round).toList());
        root.put(
                "organisations",
                instance.organisations().stream()
                        .map(InstanceJson::organisation)
                        .toList());
        root.put(
                "assignments",
                instance.assignments().stream().map(InstanceJson::assignment).toList());
        root.put(
                "trainees",
                instance.trainees().stream().map(InstanceJson::trainee).toList());
        root.put(
                "hostPreferences",
                instance.hostPreferences().stream().map(InstanceJson::host).toList());
        root.put("pinned", instance.pinned().stream().map(InstanceJson::pin).toList());
        root.put("weights", weights(instance.weights()));
        return root;
    }

    private static Map<String, Object> round(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        putIfPresent(m, "start", r.start() == null ? null : r.start().toString());
        putIfPresent(m, "end", r.end() == null ? null : r.end().toString());
        return m;
    }

    private static Map<String, Object> organisation(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        putIfPresent(m, "location", location(o.location()));
        return m;
    }

    private static Map<String, Object> assignment(Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("organisation", a.organisation());
        m.put("programme", a.programme());
        m.put("domain", a.domain());
        m.put("rounds", a.rounds());
        m.put("capacity", a.capacity());
        putIfPresent(m, "location", location(a.location()));
        if (a.unfilledPenalty() != 0) {
            m.put("unfilledPenalty", a.unfilledPenalty());
        }
        return m;
    }

    private static Map<String, Object> trainee(Trainee t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        putIfPresent(m, "home", location(t.home()));
        if (!t.rounds().isEmpty()) {
            m.put("rounds", t.rounds());
        }
        m.put("preferences", t.preferences());
        m.put(
                "excludedOrganisations",
                t.excludedOrganisations().stream().sorted().toList());
        putIfPresent(m, "maxTravelKm", t.maxTravelKm());
        List<Map<String, Object>> history = new ArrayList<>();
        for (HistoryEntry h : t.history()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("round", h.round());
            e.put("organisation", h.organisation());
            e.put("programme", h.programme());
            e.put("domain", h.domain());
            history.add(e);
        }
        m.put("history", history);
        return m;
    }

    private static Map<String, Object> host(HostPreference hp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assignment", hp.assignment());
        m.put("trainees", hp.trainees());
        return m;
    }

    private static Map<String, Object> pin(Placement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainee", p.trainee());
        m.put("round", p.round());
        m.put("assignment", p.assignment());
        return m;
    }

    private static Map<String, Object> weights(Weights w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preference", w.preference());
        m.put("unranked", w.unranked());
        m.put("host", w.host());
        m.put("hostUnranked", w.hostUnranked());
        m.put("travelPerKm", w.travelPerKm());
        m.put("domainRepeat", w.domainRepeat());
        m.put("programmeMissing", w.programmeMissing());
        m.put("unplaced", w.unplaced());
        m.put("fairness", w.fairness());
        return m;
    }

    private static Map<String, Object> location(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lat", l.lat());
        m.put("lon", l.lon());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
