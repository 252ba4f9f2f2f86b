package nl.traineeplanner.engine.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The ids of one kind in an instance, read before anything else so that every reference can be checked. */
final class KnownIds {

    private final String kind;
    private final Set<String> ids = new HashSet<>();

    private KnownIds(String kind) {
        this.kind = kind;
    }

    /** The ids in {@code root[list][*].id}, reporting each id that is used twice. */
    static KnownIds of(JsonNode root, String list, String kind, InputProblems problems) {
        KnownIds known = new KnownIds(kind);
        JsonNode elements = root.path(list);
        if (!elements.isArray()) {
            return known;
        }
        Map<String, String> firstUse = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode id = elements.get(i).path("id");
            if (!id.isString() || id.stringValue().isBlank()) {
                continue; // reported where the item itself is read
            }
            String item = JsonFields.itemName(list, i, elements.get(i));
            String earlier = firstUse.putIfAbsent(id.stringValue(), item);
            if (earlier != null) {
                problems.add(item, "id", "\"" + id.stringValue() + "\" is used before, by " + earlier);
            }
            known.ids.add(id.stringValue());
        }
        return known;
    }

    /** Reports id when it is not known; returns it either way, so that reading goes on. */
    String reference(JsonFields f, String field, String id) {
        if (id != null && !ids.contains(id)) {
            f.problem(field, "unknown " + kind + " \"" + id + "\"");
        }
        return id;
    }

    /** Reports every unknown id of the list in {@code field}, naming its position. */
    List<String> references(JsonFields f, String field, List<String> read) {
        if (read == null) {
            return null;
        }
        JsonNode elements = f.node().get(field);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode id = elements.get(i);
            if (id.isString() && !id.stringValue().isBlank()) {
                reference(f, field + "[" + i + "]", id.stringValue());
            }
        }
        return read;
    }
}
