package nl.traineeplanner.engine.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.Weights;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates a {@code traineeplanner/instance@1} document (spec section 1). Unknown fields are ignored and
 * missing optional fields take the spec's defaults. Every problem is collected — missing or mistyped fields, empty
 * or repeated ids, unknown references, impossible values, pins that break H1–H6 — and reported together in one
 * {@link InvalidInputException}, each naming file, item and field.
 *
 * <p>Decisions where the spec leaves room: {@code organisations}, {@code assignments} and {@code trainees} must be
 * present (they may be empty); assignments need a programme and a domain, history entries an organisation, a
 * programme and a domain, because the score counts them; an explicit empty {@code trainees[].rounds} is refused
 * (leave the field out to mean all rounds); an unknown excluded organisation is an error (likely a typo that would
 * silently allow a placement the trainee ruled out); a history organisation may be unknown (an earlier round).
 */
public final class InstanceReader {

    private final InputProblems problems;
    private final KnownIds roundIds;
    private final KnownIds organisationIds;
    private final KnownIds assignmentIds;
    private final KnownIds traineeIds;

    private InstanceReader(JsonNode root, InputProblems problems) {
        this.problems = problems;
        roundIds = KnownIds.of(root, "rounds", "round", problems);
        organisationIds = KnownIds.of(root, "organisations", "organisation", problems);
        assignmentIds = KnownIds.of(root, "assignments", "assignment", problems);
        traineeIds = KnownIds.of(root, "trainees", "trainee", problems);
    }

    /** Reads an instance file; the file name appears in every problem. */
    public static Instance read(Path file) {
        return read(JsonFields.parse(file), String.valueOf(file.getFileName()));
    }

    /** Reads an instance from JSON text; {@code fileName} appears in every problem. */
    public static Instance read(String json, String fileName) {
        return read(JsonFields.parse(json, fileName), fileName);
    }

    private static Instance read(JsonNode root, String fileName) {
        InputProblems problems = new InputProblems(fileName);
        if (!root.isObject()) {
            problems.add("document", null, "must be a JSON object, is " + JsonFields.show(root));
            problems.throwIfAny();
        }
        Instance instance = new InstanceReader(root, problems).parse(root);
        if (problems.isEmpty()) {
            // Pins are weighed against the rules only once every reference is sound.
            PinChecks.check(instance, problems);
        }
        problems.throwIfAny();
        return instance;
    }

    private Instance parse(JsonNode root) {
        JsonFields doc = new JsonFields(root, "instance", problems);
        String format = doc.requiredString("format");
        if (format != null && !format.equals(Instance.FORMAT)) {
            doc.problem("format", "must be \"" + Instance.FORMAT + "\", is \"" + format + "\"");
        }
        List<Round> rounds = new ArrayList<>();
        List<JsonNode> roundNodes = doc.list("rounds", true);
        if (doc.has("rounds") && doc.node().get("rounds").isArray() && roundNodes.isEmpty()) {
            doc.problem("rounds", "must hold at least one round");
        }
        each(roundNodes, "rounds", f -> rounds.add(round(f)));
        List<Organisation> organisations = new ArrayList<>();
        each(doc.list("organisations", true), "organisations", f -> organisations.add(organisation(f)));
        List<Assignment> assignments = new ArrayList<>();
        each(doc.list("assignments", true), "assignments", f -> assignments.add(assignment(f)));
        List<Trainee> trainees = new ArrayList<>();
        each(doc.list("trainees", true), "trainees", f -> trainees.add(trainee(f)));
        List<HostPreference> hostPreferences = new ArrayList<>();
        Map<String, String> rankedAssignments = new HashMap<>();
        each(doc.list("hostPreferences", false), "hostPreferences", f -> {
            HostPreference hp = hostPreference(f);
            String earlier = rankedAssignments.putIfAbsent(hp.assignment(), f.item());
            if (earlier != null && hp.assignment() != null) {
                f.problem("assignment", "\"" + hp.assignment() + "\" is ranked before, in " + earlier);
            }
            hostPreferences.add(hp);
        });
        List<Placement> pinned = new ArrayList<>();
        each(doc.list("pinned", false), "pinned", f -> pinned.add(pin(f)));
        Weights weights = weights(doc.optionalObject("weights"));
        return new Instance(rounds, organisations, assignments, trainees, hostPreferences, pinned, weights);
    }

    private interface ItemReader {
        void read(JsonFields fields);
    }

    private void each(List<JsonNode> elements, String list, ItemReader reader) {
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String item = JsonFields.itemName(list, i, element);
            if (!element.isObject()) {
                problems.add(item, null, "must be an object, is " + JsonFields.show(element));
                continue;
            }
            reader.read(new JsonFields(element, item, problems));
        }
    }

    private Round round(JsonFields f) {
        return new Round(f.requiredString("id"), date(f, "start"), date(f, "end"));
    }

    private LocalDate date(JsonFields f, String field) {
        String text = f.optionalString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            f.problem(field, "must be a date like 2027-01-31, is \"" + text + "\"");
            return null;
        }
    }

    private Organisation organisation(JsonFields f) {
        return new Organisation(f.requiredString("id"), f.optionalString("name"), f.optionalLocation("location"));
    }

    private Assignment assignment(JsonFields f) {
        String id = f.requiredString("id");
        String title = f.optionalString("title");
        String organisation = organisationIds.reference(f, "organisation", f.requiredString("organisation"));
        String programme = f.requiredString("programme");
        String domain = f.requiredString("domain");
        List<String> rounds = roundIds.references(f, "rounds", f.stringList("rounds", true));
        if (rounds != null && rounds.isEmpty()) {
            f.problem("rounds", "must hold at least one round");
        }
        int capacity = (int) f.wholeNumber("capacity", 1, 1, Integer.MAX_VALUE);
        var location = f.optionalLocation("location");
        int unfilledPenalty = (int) f.wholeNumber("unfilledPenalty", 0, 0, Integer.MAX_VALUE);
        return new Assignment(
                id,
                title,
                organisation,
                programme,
                domain,
                rounds == null ? List.of() : rounds,
                capacity,
                location,
                unfilledPenalty);
    }

    private Trainee trainee(JsonFields f) {
        String id = f.requiredString("id");
        String name = f.optionalString("name");
        var home = f.optionalLocation("home");
        List<String> rounds = roundIds.references(f, "rounds", f.stringList("rounds", false));
        if (rounds != null && rounds.isEmpty() && f.node().get("rounds").isArray()) {
            f.problem("rounds", "must hold at least one round; leave the field out to mean all rounds");
        }
        List<String> preferences = assignmentIds.references(f, "preferences", f.stringList("preferences", false));
        List<String> excluded =
                organisationIds.references(f, "excludedOrganisations", f.stringList("excludedOrganisations", false));
        Double maxTravelKm = f.optionalNumber("maxTravelKm", 0);
        List<HistoryEntry> history = new ArrayList<>();
        each(f.list("history", false), f.item() + ".history", h -> history.add(historyEntry(h)));
        return new Trainee(
                id,
                name,
                home,
                rounds == null ? List.of() : rounds,
                preferences == null ? List.of() : preferences,
                excluded == null ? Set.of() : Set.copyOf(excluded),
                maxTravelKm,
                history);
    }

    private HistoryEntry historyEntry(JsonFields f) {
        // The organisation of an earlier round may no longer take part, so it need not be in this instance.
        return new HistoryEntry(
                f.optionalString("round"),
                f.requiredString("organisation"),
                f.requiredString("programme"),
                f.requiredString("domain"));
    }

    private HostPreference hostPreference(JsonFields f) {
        String assignment = assignmentIds.reference(f, "assignment", f.requiredString("assignment"));
        List<String> trainees = traineeIds.references(f, "trainees", f.stringList("trainees", true));
        return new HostPreference(assignment, trainees == null ? List.of() : trainees);
    }

    private Placement pin(JsonFields f) {
        return new Placement(
                traineeIds.reference(f, "trainee", f.requiredString("trainee")),
                roundIds.reference(f, "round", f.requiredString("round")),
                assignmentIds.reference(f, "assignment", f.requiredString("assignment")));
    }

    private Weights weights(JsonNode node) {
        if (node == null) {
            return Weights.DEFAULTS;
        }
        JsonFields f = new JsonFields(node, "weights", problems);
        Weights d = Weights.DEFAULTS;
        return new Weights(
                f.wholeNumber("preference", d.preference(), 0),
                f.wholeNumber("unranked", d.unranked(), 0),
                f.wholeNumber("host", d.host(), 0),
                f.wholeNumber("hostUnranked", d.hostUnranked(), 0),
                f.wholeNumber("travelPerKm", d.travelPerKm(), 0),
                f.wholeNumber("domainRepeat", d.domainRepeat(), 0),
                f.wholeNumber("programmeMissing", d.programmeMissing(), 0),
                f.wholeNumber("unplaced", d.unplaced(), 0),
                f.wholeNumber("fairness", d.fairness(), 0));
    }
}
