package nl.traineeplanner.engine.metrics;

import static nl.traineeplanner.engine.metrics.TinyInstance.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;

class HardRuleCheckTests {

    private final Problem problem = TinyInstance.rounds("R1", "R2")
            .assignment("A1", "O1", 1, "R1", "R2")
            .assignment("A2", "O1", 1, "R2")
            .assignment("A3", "O3", 1, "R2")
            .trainee("T1", "A1")
            .trainee("T2", "A1")
            .pin("T2", "R2", "A3")
            .problem();

    @Test
    void planKeepingTheRulesHasNoViolations() {
        assertThat(HardRuleCheck.violations(
                        problem, List.of(at("T1", "R2", "A2"), at("T2", "R1", "A1"), at("T2", "R2", "A3"))))
                .isEmpty();
    }

    @Test
    void reportsTwoPlacementsInOneRound() {
        assertThat(HardRuleCheck.violations(
                        problem, List.of(at("T1", "R2", "A1"), at("T1", "R2", "A3"), at("T2", "R2", "A3"))))
                .anyMatch(v -> v.startsWith("H1"));
    }

    @Test
    void reportsAssignmentNotOfferedInTheRound() {
        assertThat(HardRuleCheck.violations(problem, List.of(at("T1", "R1", "A2"), at("T2", "R2", "A3"))))
                .anyMatch(v -> v.startsWith("H2"));
    }

    @Test
    void reportsOverCapacity() {
        assertThat(HardRuleCheck.violations(
                        problem, List.of(at("T1", "R1", "A1"), at("T2", "R1", "A1"), at("T2", "R2", "A3"))))
                .anyMatch(v -> v.startsWith("H3"));
    }

    @Test
    void reportsTheSameOrganisationTwice() {
        assertThat(HardRuleCheck.violations(
                        problem, List.of(at("T1", "R1", "A1"), at("T1", "R2", "A1"), at("T2", "R2", "A3"))))
                .anyMatch(v -> v.startsWith("H4"));
    }

    @Test
    void reportsAMissingPin() {
        assertThat(HardRuleCheck.violations(problem, List.of())).anyMatch(v -> v.startsWith("H7"));
    }
}
