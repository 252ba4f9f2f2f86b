package nl.traineeplanner.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;

class StayPutTests {

    private static Placement at(String trainee, String assignment) {
        return new Placement(trainee, "R1", assignment);
    }

    /** Five trainees without choices and six places at six organisations: every plan that places all costs 0. */
    private static Problem everyPlaceCostsNothing() {
        InstanceBuilder instance = InstanceBuilder.withRounds("R1");
        for (int i = 1; i <= 6; i++) {
            instance.organisation("o" + i).assignment("A" + i, "o" + i);
        }
        for (int i = 1; i <= 5; i++) {
            instance.trainee("T" + i);
        }
        return instance.problem();
    }

    @Test
    void movesBackTraineesWhosePlaceIsFreeAndUndoesSwapsButKeepsTheNeededMove() {
        Problem problem = everyPlaceCostsNothing();
        List<Placement> base = List.of(at("T1", "A1"), at("T2", "A2"), at("T3", "A3"), at("T4", "A4"), at("T5", "A5"));
        // T3 forced to A1 pushes T1 out; T2's move and T4's swap with T5 were a free choice of the solver.
        List<Placement> whatIf =
                List.of(at("T1", "A6"), at("T2", "A3"), at("T3", "A1"), at("T4", "A5"), at("T5", "A4"));

        assertThat(StayPut.keepBaseWherePossible(problem, base, whatIf, at("T3", "A1")))
                .containsExactly(at("T1", "A6"), at("T2", "A2"), at("T3", "A1"), at("T4", "A4"), at("T5", "A5"));
    }

    @Test
    void keepsAMoveThatLowersTheCostOfTheWhatIfPlan() {
        Problem problem = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .organisation("o4")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .assignment("A3", "o3")
                .assignment("A4", "o4")
                .trainee("T1", t -> t.preferences("A2", "A3"))
                .trainee("T2")
                .problem();
        // In the base plan T1 sat at its 2nd choice; A3 is free, but going back would cost 10 + fairness 20 points.
        List<Placement> base = List.of(at("T1", "A3"), at("T2", "A1"));
        List<Placement> whatIf = List.of(at("T1", "A2"), at("T2", "A4"));

        assertThat(StayPut.keepBaseWherePossible(problem, base, whatIf, at("T2", "A4")))
                .containsExactly(at("T1", "A2"), at("T2", "A4"));
    }
}
