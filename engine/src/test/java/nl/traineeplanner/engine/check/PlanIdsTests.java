package nl.traineeplanner.engine.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlanIdsTests {

    private final Problem problem = InstanceBuilder.withRounds("R1")
            .organisation("o1")
            .assignment("A1", "o1")
            .trainee("T1")
            .problem();

    @Test
    void refusesPlacementsWithUnknownIdsNamingEach() {
        var plan = List.of(new Placement("T1", "R1", "A1"), new Placement("T9", "R1", "A7"));
        assertThatThrownBy(() -> PlanIds.requireKnown(problem, plan, "plan.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "plan.json: placements[1], field \"trainee\": unknown trainee \"T9\"" + System.lineSeparator()
                                + "plan.json: placements[1], field \"assignment\": unknown assignment \"A7\"");
    }

    @Test
    void acceptsPlacementsWithKnownIds() {
        assertThatCode(() -> PlanIds.requireKnown(problem, List.of(new Placement("T1", "R1", "A1")), "plan.json"))
                .doesNotThrowAnyException();
    }
}
