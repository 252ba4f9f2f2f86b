package nl.traineeplanner.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.engine.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of one JSON object of an input file, recording a problem (naming the item and the field) for every
 * missing or mistyped value instead of stopping at the first. Getters return null (or an empty list) where the value
 * is unusable, so that reading can go on.
 */
public final class JsonFields {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private final JsonNode node;
    private final String item;
    private final InputProblems problems;

    public JsonFields(JsonNode node, String item, InputProblems problems) {
        this.node = node;
        this.item = item;
        this.problems = problems;
    }

    /** Parses a whole file into a tree, or throws {@link InvalidInputException} naming the file. */
    public static JsonNode parse(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(Files.readString(file), name);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file (" + file + ")");
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Parses JSON text into a tree, or throws {@link InvalidInputException} naming the file. */
    public static JsonNode parse(String json, String fileName) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(fileName + ": is empty, expected a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new InvalidInputException(fileName + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** The item name of element i of a list, with its id where it has a string one: {@code assignments[12] (id "A13")}. */
    public static String itemName(String list, int i, JsonNode element) {
        JsonNode id = element.path("id");
        return id.isString() && !id.stringValue().isBlank()
                ? list + "[" + i + "] (id \"" + id.stringValue() + "\")"
                : list + "[" + i + "]";
    }

    /** A short rendering of a JSON value for messages. */
    public static String show(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public JsonNode node() {
        return node;
    }

    public String item() {
        return item;
    }

    public InputProblems problems() {
        return problems;
    }

    public void problem(String field, String message) {
        problems.add(item, field, message);
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A required, non-empty string. */
    public String requiredString(String field) {
        if (!has(field)) {
            problem(field, "is missing");
            return null;
        }
        return nonEmptyString(field, node.get(field));
    }

    /** An optional string; null when absent. */
    public String optionalString(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isString()) {
            problem(field, "must be a string, is " + show(v));
            return null;
        }
        return v.stringValue();
    }

    private String nonEmptyString(String field, JsonNode v) {
        if (!v.isString()) {
            problem(field, "must be a string, is " + show(v));
            return null;
        }
        if (v.stringValue().isBlank()) {
            problem(field, "must not be empty");
            return null;
        }
        return v.stringValue();
    }

    /** An optional whole number of at least min; the default when absent or unusable. */
    public long wholeNumber(String field, long defaultValue, long min) {
        return wholeNumber(field, defaultValue, min, Long.MAX_VALUE);
    }

    /** An optional whole number within min..max; the default when absent or unusable. */
    public long wholeNumber(String field, long defaultValue, long min, long max) {
        Long value = optionalWholeNumber(field, min);
        if (value != null && value > max) {
            problem(field, "must be at most " + max + ", is " + value);
            return defaultValue;
        }
        return value == null ? defaultValue : value;
    }

    /** An optional whole number of at least min; null when absent or unusable. */
    public Long optionalWholeNumber(String field, long min) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            problem(field, "must be a whole number, is " + show(v));
            return null;
        }
        long value = v.asLong();
        if (value < min) {
            problem(field, "must be at least " + min + ", is " + value);
            return null;
        }
        return value;
    }

    /** An optional number of at least min; null when absent or unusable. */
    public Double optionalNumber(String field, double min) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            problem(field, "must be a number, is " + show(v));
            return null;
        }
        double value = v.asDouble();
        if (value < min) {
            problem(field, "must be at least " + plain(min) + ", is " + show(v));
            return null;
        }
        return value;
    }

    /** An optional location {@code {lat, lon}} within ±90 / ±180; null when absent or unusable. */
    public Location optionalLocation(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isObject()) {
            problem(field, "must be an object {\"lat\": …, \"lon\": …}, is " + show(v));
            return null;
        }
        Double lat = coordinate(field, v, "lat", 90);
        Double lon = coordinate(field, v, "lon", 180);
        return lat == null || lon == null ? null : new Location(lat, lon);
    }

    private Double coordinate(String field, JsonNode location, String part, double limit) {
        String name = field + "." + part;
        JsonNode v = location.get(part);
        if (v == null || v.isNull()) {
            problem(name, "is missing");
            return null;
        }
        if (!v.isNumber()) {
            problem(name, "must be a number, is " + show(v));
            return null;
        }
        double value = v.asDouble();
        if (value < -limit || value > limit) {
            problem(name, "must be within ±" + (int) limit + ", is " + show(v));
            return null;
        }
        return value;
    }

    /** The elements of a list; an empty list when absent (and a problem when required) or not a list. */
    public List<JsonNode> list(String field, boolean required) {
        if (!has(field)) {
            if (required) {
                problem(field, "is missing");
            }
            return List.of();
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            problem(field, "must be a list, is " + show(v));
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** A list of non-empty strings without repeats; null when absent, so that a default can apply. */
    public List<String> stringList(String field, boolean required) {
        if (!has(field)) {
            if (required) {
                problem(field, "is missing");
            }
            return null;
        }
        if (!node.get(field).isArray()) {
            problem(field, "must be a list, is " + show(node.get(field)));
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        List<JsonNode> elements = list(field, false);
        for (int i = 0; i < elements.size(); i++) {
            String element = nonEmptyString(field + "[" + i + "]", elements.get(i));
            if (element != null && !out.add(element)) {
                problem(field + "[" + i + "]", "\"" + element + "\" is listed twice");
            }
        }
        return new ArrayList<>(out);
    }

    /** An optional object, or null (with a problem when present but not an object). */
    public JsonNode optionalObject(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isObject()) {
            problem(field, "must be an object, is " + show(v));
            return null;
        }
        return v;
    }
}
