package nl.traineeplanner.engine.baseline;

import static nl.traineeplanner.engine.metrics.TinyInstance.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.metrics.BlockingPairs;
import nl.traineeplanner.engine.metrics.TinyInstance;
import org.junit.jupiter.api.Test;

class DeferredAcceptanceTests {

    @Test
    void keepsEveryHardRule() {
        Problem problem = BaselineFixtures.everyRuleBites();

        List<Placement> plan = DeferredAcceptance.plan(problem);

        BaselineFixtures.assertKeepsTheHardRules(problem, plan);
        assertThat(plan).contains(at("T5", "R1", "A2"));
    }

    @Test
    void isDeterministic() {
        Problem problem = BaselineFixtures.everyRuleBites();

        assertThat(DeferredAcceptance.plan(problem)).isEqualTo(DeferredAcceptance.plan(problem));
    }

    @Test
    void findsTheTraineeOptimalStableMatching() {
        // The textbook case: T1 is bumped from A1 by T2, then bumps T3 from A2; T3 ends at A3.
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .assignment("A3", "O3", 1, "R1")
                .trainee("T1", "A1", "A2", "A3")
                .trainee("T2", "A1", "A3", "A2")
                .trainee("T3", "A2", "A1", "A3")
                .host("A1", "T2", "T1", "T3")
                .host("A2", "T1", "T3", "T2")
                .problem();

        List<Placement> plan = DeferredAcceptance.plan(problem);

        assertThat(plan).containsExactly(at("T1", "R1", "A2"), at("T2", "R1", "A1"), at("T3", "R1", "A3"));
        assertThat(BlockingPairs.find(problem, plan)).isEmpty();
    }

    @Test
    void hostWithoutAListPrefersTheTraineeWhoTravelsLess() {
        Problem problem = TinyInstance.rounds("R1")
                .organisationAt("O1", 53.219, 6.621)
                .assignment("A1", "O1", 1, "R1")
                .traineeWithTravelLimit("Far", new Location(53.014, 7.120), 100, "A1")
                .traineeWithTravelLimit("Near", new Location(53.22, 6.62), 100, "A1")
                .problem();

        assertThat(DeferredAcceptance.plan(problem)).containsExactly(at("Near", "R1", "A1"));
    }

    @Test
    void traineeWithExhaustedChoicesTakesTheCheapestFreePlace() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", "tvg", "taken", 1, "R1")
                .assignment("A3", "O3", "tvg", "taken", 1, "R1")
                .trainee("T1", "A1")
                .trainee("T2", "A1")
                .host("A1", "T1")
                .host("A2", "T1")
                .problem();

        // A2's host lists only T1, so T2 would cost hostUnranked there; A3 has no list.
        assertThat(DeferredAcceptance.plan(problem)).containsExactly(at("T1", "R1", "A1"), at("T2", "R1", "A3"));
    }
}
