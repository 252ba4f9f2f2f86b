package nl.traineeplanner.engine.metrics;

import static nl.traineeplanner.engine.metrics.TinyInstance.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;

class PlanMetricsTests {

    @Test
    void firstChoiceShareLeavesOutPairsWithoutARankedChoice() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2")
                .problem();

        PlanMetrics m = PlanMetrics.of(problem, List.of(at("T1", "R1", "A1"), at("T2", "R1", "A2")));

        assertThat(m.rankedPairs()).isEqualTo(1);
        assertThat(m.firstChoice()).isEqualTo(1);
        assertThat(m.firstChoiceShare()).isEqualTo(1.0);
    }

    @Test
    void unplacedPairCountsAgainstTheShares() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .trainee("T1", "A1")
                .trainee("T2", "A1")
                .problem();

        PlanMetrics m = PlanMetrics.of(problem, List.of(at("T1", "R1", "A1")));

        assertThat(m.rankedPairs()).isEqualTo(2);
        assertThat(m.firstChoiceShare()).isEqualTo(0.5);
        assertThat(m.topThreeShare()).isEqualTo(0.5);
        assertThat(m.unplacedPairs()).isEqualTo(1);
    }

    @Test
    void topThreeCountsRanksAmongTheChoicesOfferedInTheRound() {
        // B is only offered in R2, so in R1 A3 is the third choice and A4 the fourth.
        Problem problem = TinyInstance.rounds("R1", "R2")
                .assignment("B", "OB", 2, "R2")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .assignment("A3", "O3", 1, "R1")
                .assignment("A4", "O4", 1, "R1")
                .traineeInRounds("T1", List.of("R1"), "B", "A1", "A2", "A3", "A4")
                .traineeInRounds("T2", List.of("R1"), "B", "A1", "A2", "A3", "A4")
                .problem();

        PlanMetrics m = PlanMetrics.of(problem, List.of(at("T1", "R1", "A3"), at("T2", "R1", "A4")));

        assertThat(m.rankedPairs()).isEqualTo(2);
        assertThat(m.firstChoice()).isZero();
        assertThat(m.topThree()).isEqualTo(1);
        assertThat(m.worstRank()).isEqualTo(4);
    }

    @Test
    void worstRankCountsAnUnrankedPlacementAsOneBeyondTheChoices() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .assignment("A3", "O3", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1")
                .problem();

        PlanMetrics m = PlanMetrics.of(problem, List.of(at("T1", "R1", "A3"), at("T2", "R1", "A1")));

        assertThat(m.worstRank()).isEqualTo(3);
        assertThat(m.unrankedPlacements()).isEqualTo(1);
    }

    @Test
    void worstRankIsZeroWithoutPlacements() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .trainee("T1", "A1")
                .problem();

        assertThat(PlanMetrics.of(problem, List.of()).worstRank()).isZero();
    }

    @Test
    void countsUnplacedPairsOnlyInTheTraineesOwnRounds() {
        Problem problem = TinyInstance.rounds("R1", "R2")
                .assignment("A1", "O1", 1, "R1", "R2")
                .traineeInRounds("T1", List.of("R2"), "A1")
                .trainee("T2", "A1")
                .problem();

        assertThat(PlanMetrics.of(problem, List.of()).unplacedPairs()).isEqualTo(3);
        assertThat(PlanMetrics.of(problem, List.of(at("T1", "R2", "A1"))).unplacedPairs())
                .isEqualTo(2);
    }

    @Test
    void unfilledPlacesCountEveryOfferedPlaceLeftEmpty() {
        Problem problem = TinyInstance.rounds("R1", "R2")
                .assignment("A1", "O1", 3, "R1", "R2")
                .assignment("A2", "O2", 1, "R2")
                .trainee("T1", "A1")
                .problem();

        PlanMetrics m = PlanMetrics.of(problem, List.of(at("T1", "R1", "A1")));

        assertThat(m.unfilledPlaces()).isEqualTo(2 + 3 + 1);
    }

    @Test
    void refusesTwoPlacementsForOneTraineeInOneRound() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1")
                .problem();

        assertThatThrownBy(() -> PlanMetrics.of(problem, List.of(at("T1", "R1", "A1"), at("T1", "R1", "A2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
