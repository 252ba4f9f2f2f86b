package nl.traineeplanner.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import nl.traineeplanner.engine.metrics.TinyInstance;

/** A small instance where every hard rule bites, and the checks every baseline plan must pass. */
final class BaselineFixtures {

    private BaselineFixtures() {}

    /**
     * Six trainees, three rounds, too few places in R2: T1 ranks two assignments of one organisation (H4), T2
     * has history at O2 (H4), T3 excludes O3 (H5), T4 lives too far from O4 (H6), T5 is pinned (H7), T6 is not
     * planned in R1 (H1).
     */
    static Problem everyRuleBites() {
        return TinyInstance.rounds("R1", "R2", "R3")
                .organisationAt("O1", 53.219, 6.621)
                .organisationAt("O4", 53.014, 7.120)
                .assignment("A1", "O1", 1, "R1", "R2")
                .assignment("A2", "O2", 2, "R1", "R2", "R3")
                .assignment("A3", "O3", 1, "R2", "R3")
                .assignment("A4", "O1", 1, "R3")
                .assignment("A5", "O4", 2, "R1", "R3")
                .trainee("T1", "A1", "A4", "A2")
                .traineeWithHistory("T2", "O2", "A2", "A1", "A3")
                .traineeExcluding("T3", "O3", "A3", "A5")
                .traineeWithTravelLimit("T4", new Location(53.22, 6.62), 10, "A5", "A1")
                .trainee("T5", "A1")
                .traineeInRounds("T6", List.of("R2", "R3"), "A1")
                .pin("T5", "R1", "A2")
                .problem();
    }

    /** Asserts that the plan keeps H1–H7 and that the Scorer sees as many unplaced pairs as the metrics. */
    static void assertKeepsTheHardRules(Problem problem, List<Placement> plan) {
        assertThat(RuleChecker.check(problem, plan)).isEmpty();
        long unplaced = PlanMetrics.of(problem, plan).unplacedPairs();
        assertThat(Scorer.score(problem, plan).cost().unplaced())
                .isEqualTo(unplaced * problem.weights().unplaced());
    }
}
