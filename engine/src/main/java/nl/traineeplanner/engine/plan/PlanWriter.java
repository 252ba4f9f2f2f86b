package nl.traineeplanner.engine.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.explain.Explanations;
import nl.traineeplanner.engine.explain.FirstChoiceExplanation;
import nl.traineeplanner.engine.explain.PlacementExplanation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.explain.TraineeExplanation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Plan} as a {@code traineeplanner/plan@1} document; absent optional fields are left out. Beside the
 * spec's fields it writes {@code gap} and {@code gapPercent} (objective − bound, also as a percentage of the
 * objective), {@code summary}, {@code blockingPairs}, {@code perTrainee} and {@code explanations}.
 */
public final class PlanWriter {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private PlanWriter() {}

    public static String toJson(Plan plan) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(plan));
    }

    public static void write(Plan plan, Path file) throws IOException {
        Files.writeString(file, toJson(plan) + System.lineSeparator());
    }

    public static ObjectNode toTree(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Plan.FORMAT);
        if (plan.status() != null) {
            root.put("status", plan.status().name());
        }
        putIfPresent(root, "objective", plan.objective());
        putIfPresent(root, "bound", plan.bound());
        putIfPresent(root, "gap", plan.gap());
        if (plan.gapPercent() != null) {
            // two decimals: the user reads it, and the points are in "gap"
            root.put("gapPercent", Math.round(plan.gapPercent() * 100) / 100.0);
        }
        placements(root.putArray("placements"), plan.placements());
        ArrayNode unplaced = root.putArray("unplaced");
        for (Unplaced u : plan.unplaced()) {
            ObjectNode n = unplaced.addObject().put("trainee", u.trainee()).put("round", u.round());
            n.put("reason", u.reason());
            if (u.reasonEn() != null) {
                n.put("reasonEn", u.reasonEn());
            }
        }
        if (!plan.cost().isEmpty()) {
            ObjectNode cost = root.putObject("cost");
            plan.cost().forEach(cost::put);
        }
        putIfPresent(root, "solveMillis", plan.solveMillis());
        if (!plan.perTrainee().isEmpty()) {
            ObjectNode perTrainee = root.putObject("perTrainee");
            plan.perTrainee().forEach(perTrainee::put);
        }
        if (plan.summary() != null) {
            SummaryJson.write(root.putObject("summary"), plan.summary());
            placements(root.putArray("blockingPairs"), plan.blockingPairs());
        }
        if (plan.explanations() != null) {
            explanations(root.putObject("explanations"), plan.explanations());
        }
        return root;
    }

    private static void putIfPresent(ObjectNode n, String field, Long value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void placements(ArrayNode into, List<Placement> placements) {
        for (Placement p : placements) {
            into.addObject().put("trainee", p.trainee()).put("round", p.round()).put("assignment", p.assignment());
        }
    }

    private static void explanations(ObjectNode n, Explanations explanations) {
        ArrayNode placements = n.putArray("placements");
        for (PlacementExplanation p : explanations.placements()) {
            ObjectNode e = placements.addObject();
            e.put("trainee", p.trainee()).put("round", p.round()).put("assignment", p.assignment());
            if (p.pinned()) {
                e.put("pinned", true);
            }
            e.put("cost", p.cost());
            texts(e.putArray("terms"), p.terms());
        }
        ArrayNode trainees = n.putArray("trainees");
        for (TraineeExplanation t : explanations.trainees()) {
            ObjectNode e = trainees.addObject().put("trainee", t.trainee());
            texts(e.putArray("notes"), t.notes());
        }
        ArrayNode firstChoices = n.putArray("firstChoices");
        for (FirstChoiceExplanation f : explanations.firstChoices()) {
            ObjectNode e = firstChoices.addObject();
            e.put("trainee", f.trainee()).put("round", f.round()).put("firstChoice", f.firstChoice());
            if (f.heldBy() != null) {
                e.put("heldBy", f.heldBy());
            }
            if (f.rule() != null) {
                e.put("rule", f.rule().name());
            }
            if (f.extraCost() != null) {
                e.put("extraCost", f.extraCost());
            }
            e.put("nl", f.text().nl()).put("en", f.text().en());
        }
        texts(n.putArray("unfilled"), explanations.unfilled());
    }

    private static void texts(ArrayNode into, List<Text> texts) {
        for (Text t : texts) {
            into.addObject().put("nl", t.nl()).put("en", t.en());
        }
    }
}
