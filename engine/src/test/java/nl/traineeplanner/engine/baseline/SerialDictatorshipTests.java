package nl.traineeplanner.engine.baseline;

import static nl.traineeplanner.engine.metrics.TinyInstance.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.metrics.TinyInstance;
import org.junit.jupiter.api.Test;

class SerialDictatorshipTests {

    @Test
    void keepsEveryHardRuleWhateverTheSeed() {
        Problem problem = BaselineFixtures.everyRuleBites();
        for (long seed = 0; seed < 20; seed++) {
            List<Placement> plan = SerialDictatorship.plan(problem, seed);
            BaselineFixtures.assertKeepsTheHardRules(problem, plan);
            assertThat(plan).contains(at("T5", "R1", "A2"));
        }
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        Problem problem = BaselineFixtures.everyRuleBites();

        assertThat(SerialDictatorship.plan(problem, 7)).isEqualTo(SerialDictatorship.plan(problem, 7));
    }

    @Test
    void everyoneGetsTheFirstChoiceWhenFirstChoicesDiffer() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .assignment("A3", "O3", 1, "R1")
                .trainee("T1", "A2", "A1")
                .trainee("T2", "A3", "A2")
                .trainee("T3", "A1", "A3")
                .problem();

        assertThat(SerialDictatorship.plan(problem, 1))
                .containsExactly(at("T1", "R1", "A2"), at("T2", "R1", "A3"), at("T3", "R1", "A1"));
    }

    @Test
    void contestedPlaceGoesToOneTraineeAndTheOtherTakesTheNextChoice() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1", "A2")
                .problem();

        for (long seed = 0; seed < 10; seed++) {
            assertThat(SerialDictatorship.plan(problem, seed))
                    .containsAnyOf(at("T1", "R1", "A1"), at("T2", "R1", "A1"))
                    .containsAnyOf(at("T1", "R1", "A2"), at("T2", "R1", "A2"))
                    .hasSize(2);
        }
    }

    @Test
    void withoutAnOpenChoiceTakesTheAssignmentThatCostsLeast() {
        // A1 repeats the domain of T1's history (domainRepeat); A2 is free of extra cost.
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", "npg", "history", 1, "R1")
                .assignment("A2", "O2", "npg", "other", 1, "R1")
                .assignment("A3", "O3", "npg", "wanted", 1, "R1")
                .traineeWithHistory("T1", "O9", "A3")
                .pin("T2", "R1", "A3")
                .trainee("T2")
                .problem();

        assertThat(SerialDictatorship.plan(problem, 3)).contains(at("T1", "R1", "A2"));
    }

    @Test
    void refusesAPinThatBreaksAHardRule() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .traineeExcluding("T1", "O1", "A1")
                .pin("T1", "R1", "A1")
                .problem();

        assertThatThrownBy(() -> SerialDictatorship.plan(problem, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
