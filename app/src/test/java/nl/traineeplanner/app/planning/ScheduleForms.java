package nl.traineeplanner.app.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.traineeplanner.app.round.Round;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The cohort and round forms as a browser sends them, and the same as JSON, field by field. */
final class ScheduleForms {

    static final List<String> ROUND_FIELDS = List.of(
            "name",
            "start",
            "end",
            "intakeDeadline",
            "preferencesDeadline",
            "hostRankingDeadline",
            "midTermEvaluationOpens",
            "finalEvaluationOpens");

    private ScheduleForms() {}

    /**
     * Three consecutive rounds of eight months from 1 September 2027, each with sensible deadlines: the values the
     * empty form suggests for that start.
     */
    static List<Map<String, String>> threeRounds() {
        return List.of(
                round("Ronde 1", "2027-09-01", "2028-04-30", "2027-06-01", "2027-07-21", "2027-07-28"),
                round("Ronde 2", "2028-05-01", "2028-12-31", "2028-02-01", "2028-03-20", "2028-03-27"),
                round("Ronde 3", "2029-01-01", "2029-08-31", "2028-10-01", "2028-11-20", "2028-11-27"));
    }

    static Map<String, String> round(
            String name, String start, String end, String intake, String preferences, String ranking) {
        Map<String, String> round = new LinkedHashMap<>();
        round.put("name", name);
        round.put("start", start);
        round.put("end", end);
        round.put("intakeDeadline", intake);
        round.put("preferencesDeadline", preferences);
        round.put("hostRankingDeadline", ranking);
        round.put("midTermEvaluationOpens", "");
        round.put("finalEvaluationOpens", "");
        return round;
    }

    /** A round's fields as they are stored, with its version. */
    static Map<String, String> stored(Round round) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", round.getName());
        fields.put("start", round.getStartDate().toString());
        fields.put("end", round.getEndDate().toString());
        fields.put("intakeDeadline", round.getIntakeDeadline().toString());
        fields.put("preferencesDeadline", round.getPreferencesDeadline().toString());
        fields.put("hostRankingDeadline", round.getHostRankingDeadline().toString());
        fields.put("midTermEvaluationOpens", round.getMidTermEvaluationOpens().toString());
        fields.put("finalEvaluationOpens", round.getFinalEvaluationOpens().toString());
        fields.put("version", String.valueOf(round.getVersion()));
        return fields;
    }

    /** The new cohort form, posted. */
    static MockHttpServletRequestBuilder newCohort(String name, List<Map<String, String>> rounds) {
        MockHttpServletRequestBuilder request =
                post("/cohorts/new").param("name", name).with(csrf());
        for (int k = 0; k < rounds.size(); k++) {
            for (Map.Entry<String, String> field : rounds.get(k).entrySet()) {
                request.param("rounds[" + k + "]." + field.getKey(), field.getValue());
            }
        }
        return request;
    }

    /** The round form, posted. */
    static MockHttpServletRequestBuilder editRound(long id, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/rounds/{id}/edit", id).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The same fields as a JSON object; empty values are left out, the version is a number. */
    static String json(Map<String, String> fields) {
        return fields.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> "\"" + e.getKey() + "\": "
                        + (e.getKey().equals("version") ? e.getValue() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String cohortJson(String name, List<Map<String, String>> rounds) {
        return "{\"name\": \"" + name + "\", \"rounds\": ["
                + rounds.stream().map(ScheduleForms::json).collect(Collectors.joining(", ")) + "]}";
    }

    static Map<String, String> with(Map<String, String> fields, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return changed;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
