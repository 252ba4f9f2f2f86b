package nl.traineeplanner.engine.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.io.InputProblems;
import nl.traineeplanner.engine.io.JsonFields;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code traineeplanner/plan@1} document, also one made by hand: only {@code placements} is required;
 * {@code format}, when present, must be the plan format. The summary's counts and the blocking pairs are read back;
 * {@code gap} and {@code gapPercent} follow from objective and bound; explanations and per-trainee scores are not read
 * back (they are recomputed). Every problem is reported together, naming file, item and field. Whether the ids exist is the
 * instance's business: see {@link nl.traineeplanner.engine.check.PlanIds}.
 */
public final class PlanReader {

    private static final List<String> COST_TERMS = List.of(
            "preference", "host", "travel", "domainRepeat", "programmeMissing", "unplaced", "unfilled", "fairness");

    private PlanReader() {}

    public static Plan read(Path file) {
        return read(JsonFields.parse(file), String.valueOf(file.getFileName()));
    }

    public static Plan read(String json, String fileName) {
        return read(JsonFields.parse(json, fileName), fileName);
    }

    private static Plan read(JsonNode root, String fileName) {
        InputProblems problems = new InputProblems(fileName);
        if (!root.isObject()) {
            problems.add("document", null, "must be a JSON object, is " + JsonFields.show(root));
            problems.throwIfAny();
        }
        JsonFields doc = new JsonFields(root, "plan", problems);
        String format = doc.optionalString("format");
        if (format != null && !format.equals(Plan.FORMAT)) {
            doc.problem("format", "must be \"" + Plan.FORMAT + "\", is \"" + format + "\"");
        }
        Plan.Status status = status(doc);
        Long objective = doc.optionalWholeNumber("objective", 0);
        Long bound = doc.optionalWholeNumber("bound", Long.MIN_VALUE);
        Long solveMillis = doc.optionalWholeNumber("solveMillis", 0);
        List<Placement> placements = placements(doc, "placements", true);
        List<Unplaced> unplaced = new ArrayList<>();
        List<JsonNode> unplacedNodes = doc.list("unplaced", false);
        for (int i = 0; i < unplacedNodes.size(); i++) {
            JsonFields f = element(unplacedNodes.get(i), "unplaced[" + i + "]", problems);
            if (f != null) {
                unplaced.add(new Unplaced(
                        f.requiredString("trainee"),
                        f.requiredString("round"),
                        f.optionalString("reason"),
                        f.optionalString("reasonEn")));
            }
        }
        Map<String, Long> cost = new LinkedHashMap<>();
        JsonNode costNode = doc.optionalObject("cost");
        if (costNode != null) {
            JsonFields f = new JsonFields(costNode, "cost", problems);
            for (String term : COST_TERMS) {
                Long value = f.optionalWholeNumber(term, 0);
                if (value != null) {
                    cost.put(term, value);
                }
            }
        }
        JsonNode summaryNode = doc.optionalObject("summary");
        PlanMetrics summary =
                summaryNode == null ? null : SummaryJson.read(new JsonFields(summaryNode, "summary", problems));
        List<Placement> blockingPairs = placements(doc, "blockingPairs", false);
        problems.throwIfAny();
        return new Plan(
                status,
                objective,
                bound,
                placements,
                unplaced,
                cost,
                solveMillis,
                null,
                Map.of(),
                summary,
                blockingPairs);
    }

    private static Plan.Status status(JsonFields doc) {
        String status = doc.optionalString("status");
        if (status == null) {
            return null;
        }
        try {
            return Plan.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            doc.problem("status", "must be \"OPTIMAL\" or \"FEASIBLE\", is \"" + status + "\"");
            return null;
        }
    }

    private static List<Placement> placements(JsonFields doc, String field, boolean required) {
        List<Placement> placements = new ArrayList<>();
        List<JsonNode> nodes = doc.list(field, required);
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = element(nodes.get(i), field + "[" + i + "]", doc.problems());
            if (f != null) {
                placements.add(new Placement(
                        f.requiredString("trainee"), f.requiredString("round"), f.requiredString("assignment")));
            }
        }
        return placements;
    }

    private static JsonFields element(JsonNode node, String item, InputProblems problems) {
        if (!node.isObject()) {
            problems.add(item, null, "must be an object, is " + JsonFields.show(node));
            return null;
        }
        return new JsonFields(node, item, problems);
    }
}
