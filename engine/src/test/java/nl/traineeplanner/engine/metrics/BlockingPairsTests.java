package nl.traineeplanner.engine.metrics;

import static nl.traineeplanner.engine.metrics.TinyInstance.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.Problem;
import org.junit.jupiter.api.Test;

class BlockingPairsTests {

    @Test
    void freePlaceAtABetterChoiceBlocks() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2")))).containsExactly(at("T1", "R1", "A1"));
    }

    @Test
    void unplacedTraineeBlocksWithEveryRankedFreePlace() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .problem();

        assertThat(PlanMetrics.of(problem, List.of()).blockingPairs()).isEqualTo(2);
    }

    @Test
    void unrankedPlacementBlocksWithARankedFreePlace() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2")))).containsExactly(at("T1", "R1", "A1"));
    }

    @Test
    void hostRankingTheTraineeAboveAPlacedOneBlocks() {
        TinyInstance base = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1");
        List<nl.traineeplanner.engine.Placement> plan = List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1"));

        assertThat(BlockingPairs.find(base.host("A1", "T1", "T2").problem(), plan))
                .containsExactly(at("T1", "R1", "A1"));
    }

    @Test
    void hostRankingThePlacedTraineeFirstDoesNotBlock() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1")
                .host("A1", "T2", "T1")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1"))))
                .isEmpty();
    }

    @Test
    void listedTraineeRanksAboveAnUnlistedPlacedOne() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1")
                .host("A1", "T1")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1"))))
                .containsExactly(at("T1", "R1", "A1"));
    }

    @Test
    void hostWithoutAListOnlyTakesTheTraineeIntoAFreePlace() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1"))))
                .isEmpty();
    }

    @Test
    void organisationOfAnotherRoundDoesNotBlock() {
        // A1 and A3 are both at O1; T1 already does A3 in R2, so A1 in R1 would break H4.
        Problem problem = TinyInstance.rounds("R1", "R2")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .assignment("A3", "O1", 1, "R2")
                .trainee("T1", "A1", "A2", "A3")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2"), at("T1", "R2", "A3"))))
                .isEmpty();
    }

    @Test
    void placementNotAllowedOnItsOwnDoesNotBlock() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .traineeExcluding("T1", "O1", "A1", "A2")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2")))).isEmpty();
    }

    @Test
    void pinnedTraineeDoesNotBlockFromItsPinnedRound() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .pin("T1", "R1", "A2")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2")))).isEmpty();
    }

    @Test
    void pinnedTraineeCannotBeSwappedOutByTheHost() {
        Problem problem = TinyInstance.rounds("R1")
                .assignment("A1", "O1", 1, "R1")
                .assignment("A2", "O2", 1, "R1")
                .trainee("T1", "A1", "A2")
                .trainee("T2", "A1")
                .host("A1", "T1", "T2")
                .pin("T2", "R1", "A1")
                .problem();

        assertThat(BlockingPairs.find(problem, List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1"))))
                .isEmpty();
    }
}
