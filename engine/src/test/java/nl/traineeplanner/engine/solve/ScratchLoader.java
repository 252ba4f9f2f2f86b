package nl.traineeplanner.engine.solve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.traineeplanner.engine.*;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Temporary: reads an instance without validation until the engine's reader lands. */
final class ScratchLoader {
    static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("shared/planning/examples"))) {
            p = p.getParent();
        }
        return p.resolve("shared/planning/examples");
    }

    static Instance load(Path file) throws Exception {
        JsonNode n = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Round> rounds = new ArrayList<>();
        for (JsonNode r : n.get("rounds")) rounds.add(new Round(r.get("id").asString(), null, null));
        List<Organisation> orgs = new ArrayList<>();
        for (JsonNode o : n.get("organisations"))
            orgs.add(new Organisation(o.get("id").asString(), "", loc(o.get("location"))));
        List<Assignment> as = new ArrayList<>();
        for (JsonNode a : n.get("assignments")) {
            as.add(new Assignment(
                    a.get("id").asString(),
                    "",
                    a.get("organisation").asString(),
                    a.get("programme").asString(),
                    a.get("domain").asString(),
                    strings(a.get("rounds")),
                    a.has("capacity") ? a.get("capacity").asInt() : 1,
                    loc(a.get("location")),
                    a.has("unfilledPenalty") ? a.get("unfilledPenalty").asInt() : 0));
        }
        List<Trainee> ts = new ArrayList<>();
        for (JsonNode t : n.get("trainees")) {
            List<HistoryEntry> h = new ArrayList<>();
            if (t.has("history"))
                for (JsonNode e : t.get("history"))
                    h.add(new HistoryEntry(
                            e.get("round").asString(),
                            e.get("organisation").asString(),
                            e.get("programme").asString(),
                            e.get("domain").asString()));
            ts.add(new Trainee(
                    t.get("id").asString(),
                    "",
                    loc(t.get("home")),
                    t.has("rounds") ? strings(t.get("rounds")) : List.of(),
                    t.has("preferences") ? strings(t.get("preferences")) : List.of(),
                    t.has("excludedOrganisations")
                            ? new HashSet<>(strings(t.get("excludedOrganisations")))
                            : java.util.Set.of(),
                    t.has("maxTravelKm") && !t.get("maxTravelKm").isNull()
                            ? t.get("maxTravelKm").asDouble()
                            : null,
                    h));
        }
        List<HostPreference> hp = new ArrayList<>();
        if (n.has("hostPreferences"))
            for (JsonNode x : n.get("hostPreferences"))
                hp.add(new HostPreference(x.get("assignment").asString(), strings(x.get("trainees"))));
        List<Placement> pins = new ArrayList<>();
        if (n.has("pinned"))
            for (JsonNode x : n.get("pinned"))
                pins.add(new Placement(
                        x.get("trainee").asString(),
                        x.get("round").asString(),
                        x.get("assignment").asString()));
        Weights w = Weights.DEFAULTS;
        if (n.has("weights")) {
            JsonNode x = n.get("weights");
            w = new Weights(
                    g(x, "preference", 10),
                    g(x, "unranked", 300),
                    g(x, "host", 5),
                    g(x, "hostUnranked", 100),
                    g(x, "travelPerKm", 1),
                    g(x, "domainRepeat", 80),
                    g(x, "programmeMissing", 60),
                    g(x, "unplaced", 100000),
                    g(x, "fairness", 2));
        }
        return new Instance(rounds, orgs, as, ts, hp, pins, w);
    }

    static long g(JsonNode x, String k, long d) {
        return x.has(k) ? x.get(k).asLong() : d;
    }

    static Location loc(JsonNode n) {
        return n == null || n.isNull()
                ? null
                : new Location(n.get("lat").asDouble(), n.get("lon").asDouble());
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asString());
        return out;
    }
}
