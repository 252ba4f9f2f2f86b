package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Trainee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InstanceJsonTests {

    private final Instance instance = InstanceGenerator.generate(300, 9);

    @Test
    void writesEveryPartOfTheInstance(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("i.json");
        InstanceJson.write(instance, file);

        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(root.get("format").asString()).isEqualTo(Instance.FORMAT);
        assertThat(root.get("organisations").size())
                .isEqualTo(instance.organisations().size());
        assertThat(root.get("assignments").size())
                .isEqualTo(instance.assignments().size());
        assertThat(root.get("hostPreferences").size())
                .isEqualTo(instance.hostPreferences().size());
        assertThat(root.get("weights").get("unplaced").asLong()).isEqualTo(100_000);
        JsonNode firstAssignment = root.get("assignments").get(0);
        assertThat(firstAssignment.get("id").asString())
                .isEqualTo(instance.assignments().get(0).id());
        assertThat(firstAssignment.get("capacity").asInt())
                .isEqualTo(instance.assignments().get(0).capacity());
    }

    @Test
    void writesATraineesLimitHistoryAndExclusionsOnlyWhenPresent() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trainees =
                (List<Map<String, Object>>) InstanceJson.toTree(instance).get("trainees");
        for (int t = 0; t < trainees.size(); t++) {
            Trainee trainee = instance.trainees().get(t);
            Map<String, Object> written = trainees.get(t);
            assertThat(written.get("preferences")).isEqualTo(trainee.preferences());
            assertThat(written.containsKey("maxTravelKm")).isEqualTo(trainee.maxTravelKm() != null);
            assertThat((List<?>) written.get("history")).hasSameSizeAs(trainee.history());
            assertThat((List<?>) written.get("excludedOrganisations")).hasSameSizeAs(trainee.excludedOrganisations());
            assertThat(written).doesNotContainKey("rounds");
        }
    }
}
