package nl.traineeplanner.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.InstanceBuilder;
import org.junit.jupiter.api.Test;

class InstanceWriterTests {

    @Test
    void writesWhatTheReaderReadsBack() {
        Instance medium = InstanceReader.read(InstanceBuilder.example("medium-60.json"));
        assertThat(InstanceReader.read(InstanceWriter.toJson(medium), "export.json"))
                .isEqualTo(medium);
    }

    @Test
    void keepsATraineeWithoutRoundsInAllRounds() {
        Instance instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .assignment("A1", "o1")
                .trainee("T1")
                .build();
        String json = InstanceWriter.toJson(instance);
        assertThat(InstanceReader.read(json, "export.json").trainees().get(0).rounds())
                .isEmpty();
        assertThat(json).contains("\"format\" : \"traineeplanner/instance@1\"");
    }
}
