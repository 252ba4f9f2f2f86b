package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.Map;
import nl.traineeplanner.app.enginedata.EngineRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The runs kept as scenarios hold copies of the trainees as the engine got them: names, homes, travel limits and
 * exclusions in the instance, names in the plan's explanations and in what-if runs' names. When a former trainee is
 * anonymised, this takes their personal data out of every run of their cohort, in the caller's transaction.
 */
@Component
public class StoredRuns {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final PlanningRunRepository runs;

    StoredRuns(PlanningRunRepository runs) {
        this.runs = runs;
    }

    /**
     * In every run of the cohort: the trainee's entry in the instance gets the pseudonym and loses home, travel limit
     * and exclusions (the engine then counts no travel for them, and the plan stays valid); every text of the
     * documents, the run's name and its message get each of {@code replacements} (such as the former name by the
     * pseudonym). Returns how many runs named the trainee.
     */
    @Transactional
    public int anonymise(long cohortId, long traineeId, String pseudonym, Map<String, String> replacements) {
        int named = 0;
        for (PlanningRun run : runs.findByRoundCohortIdOrderById(cohortId)) {
            JsonNode instance = JSON.readTree(run.getInstanceJson());
            if (forgetTrainee(instance, EngineRecords.id(traineeId), pseudonym)) {
                named++;
            }
            run.rewrite(
                    replaced(run.getName(), replacements),
                    run.getMessage() == null ? null : replaced(run.getMessage(), replacements),
                    written(replaced(instance, replacements)),
                    run.getPlanJson() == null
                            ? null
                            : written(replaced(JSON.readTree(run.getPlanJson()), replacements)));
        }
        return named;
    }

    private static String written(JsonNode document) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** Gives the trainee's entry of an instance the pseudonym and removes home, travel limit and exclusions. */
    private static boolean forgetTrainee(JsonNode instance, String traineeId, String pseudonym) {
        boolean found = false;
        for (JsonNode trainee : instance.path("trainees")) {
            if (trainee instanceof ObjectNode entry
                    && traineeId.equals(entry.path("id").asString(null))) {
                entry.put("name", pseudonym);
                entry.remove("home");
                entry.remove("maxTravelKm");
                entry.remove("excludedOrganisations");
                found = true;
            }
        }
        return found;
    }

    /** The document with every text replaced. */
    private static JsonNode replaced(JsonNode node, Map<String, String> replacements) {
        if (node instanceof ObjectNode object) {
            for (var property : new ArrayList<>(object.properties())) {
                JsonNode value = property.getValue();
                if (value.isString()) {
                    object.put(property.getKey(), replaced(value.stringValue(), replacements));
                } else {
                    replaced(value, replacements);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    array.set(i, replaced(value.stringValue(), replacements));
                } else {
                    replaced(value, replacements);
                }
            }
        }
        return node;
    }

    private static String replaced(String text, Map<String, String> replacements) {
        String result = text;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            if (!r.getKey().isEmpty()) {
                result = result.replace(r.getKey(), r.getValue());
            }
        }
        return result;
    }
}
