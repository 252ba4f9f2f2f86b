package nl.traineeplanner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.Weights;
import org.junit.jupiter.api.Test;

class ExplainerTests {

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    @Test
    void putsEachCostTermOfAPlacementIntoWords() {
        var instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1", 53.2, 6.5)
                .organisation("o2", 53.2, 6.5)
                .organisation("o3", 53.2, 6.5)
                .assignment("A1", "o1", a -> a.domain("water").rounds("R1"))
                .assignment("A2", "o2", a -> a.domain("water").rounds("R2"))
                .assignment("A3", "o3", a -> a.domain("water").rounds("R2"))
                .assignment("A4", "o3", a -> a.domain("jeugd").rounds("R2"))
                .trainee("T1", t -> t.home(53.2, 6.5).preferences("A1", "A4", "A3", "A2"))
                .hostRanking("A2", "T9", "T1")
                .trainee("T9");
        Explanations explanations =
                Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A1"), at("T1", "R2", "A2")));
        PlacementExplanation second = explanations.placements().get(1);
        assertThat(second.assignment()).isEqualTo("A2");
        assertThat(second.terms())
                .extracting(Text::nl)
                .containsExactly(
                        "3e keuze van de trainee: 40 strafpunten",
                        "2e keuze van de opdrachtgever: 5 strafpunten",
                        "reisafstand 0 km: 0 strafpunten",
                        "tweede opdracht in beleidsterrein water: 80 strafpunten");
        assertThat(second.terms().get(0).en()).isEqualTo("3rd choice of the trainee: 40 penalty points");
        assertThat(second.cost()).isEqualTo(125);
        assertThat(explanations.placements().get(0).terms())
                .extracting(Text::nl)
                .containsExactly("1e keuze van de trainee: 0 strafpunten", "reisafstand 0 km: 0 strafpunten");
    }

    @Test
    void explainsAMissedFirstChoiceByWhatTheSwapWouldCost() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .trainee("T2", t -> t.preferences("A1", "A2"))
                .hostRanking("A1", "T2", "T1")
                .weights(new Weights(10, 300, 5, 100, 1, 80, 60, 100_000, 0));
        Explanations explanations =
                Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1")));
        // Swapping: T1 becomes the host's second choice (5), T2 gets its second choice (10) instead of T1 (10).
        assertThat(explanations.firstChoices()).singleElement().satisfies(f -> {
            assertThat(f.trainee()).isEqualTo("T1");
            assertThat(f.firstChoice()).isEqualTo("A1");
            assertThat(f.heldBy()).isEqualTo("T2");
            assertThat(f.extraCost()).isEqualTo(5);
            assertThat(f.text().nl())
                    .isEqualTo("eerste keuze A1 is gegeven aan T2; ruilen kost het geheel 5 strafpunten meer");
        });
    }

    @Test
    void namesTheRuleThatForbidsAFirstChoice() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A1", "A2").excludes("o1"));
        Explanations explanations = Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A2")));
        assertThat(explanations.firstChoices()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.H5);
            assertThat(f.extraCost()).isNull();
            assertThat(f.text().en()).isEqualTo("T1 excluded o1 (H5)");
        });
    }

    @Test
    void namesThePinThatHoldsAFirstChoice() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .trainee("T2")
                .pin("T2", "R1", "A1");
        Explanations explanations =
                Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1")));
        assertThat(explanations.firstChoices()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.H7);
            assertThat(f.heldBy()).isEqualTo("T2");
        });
    }

    @Test
    void namesThePinThatKeepsATraineeFromTheFirstChoice() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .pin("T1", "R1", "A2");
        Explanations explanations = Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A2")));
        assertThat(explanations.placements().get(0).pinned()).isTrue();
        assertThat(explanations.firstChoices()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.H7);
            assertThat(f.heldBy()).isNull();
            assertThat(f.text().en()).isEqualTo("the coordinator pinned this trainee to A2 in this round (H7)");
        });
    }

    @Test
    void namesAnotherRoundAtTheSameOrganisationThatBlocksASwap() {
        var instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1", a -> a.rounds("R1"))
                .assignment("A2", "o2", a -> a.rounds("R1"))
                .assignment("B2", "o2", a -> a.rounds("R2"))
                .assignment("B3", "o3", a -> a.rounds("R2"))
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .trainee("T2");
        Explanations explanations = Explainer.explain(
                instance.problem(),
                List.of(at("T1", "R1", "A2"), at("T1", "R2", "B3"), at("T2", "R1", "A1"), at("T2", "R2", "B2")));
        // T2 cannot take T1's A2 in R1: T2 is at o2 in R2 already.
        assertThat(explanations.firstChoices()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.H4);
            assertThat(f.heldBy()).isEqualTo("T2");
            assertThat(f.text().en())
                    .isEqualTo("first choice A1 went to T2; a swap is not possible: T2 is at o2 in round R2 already"
                            + " (H4)");
        });
    }

    @Test
    void saysNothingAboutATraineeWhoGotTheFirstChoice() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .assignment("A1", "o1")
                .trainee("T1", t -> t.preferences("A1"));
        assertThat(Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A1")))
                        .firstChoices())
                .isEmpty();
    }

    @Test
    void namesPlacesLeftEmptyAtACost() {
        var instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .assignment("A1", "o1", a -> a.capacity(3).unfilledPenalty(50).rounds("R1"))
                .assignment("A2", "o1", a -> a.rounds("R2"))
                .trainee("T1", t -> t.rounds("R1"));
        assertThat(Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A1")))
                        .unfilled())
                .extracting(Text::nl)
                .containsExactly("A1 in ronde R1: 2 plaats(en) leeg: 100 strafpunten");
    }

    @Test
    void notesMissingProgrammesAndUnplacedRoundsPerTrainee() {
        var instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .assignment("A1", "o1", a -> a.programme("npg"))
                .assignment("B1", "o1", a -> a.programme("tvg"))
                .trainee("T1");
        Explanations explanations = Explainer.explain(instance.problem(), List.of(at("T1", "R1", "A1")));
        assertThat(explanations.trainees())
                .singleElement()
                .satisfies(t -> assertThat(t.notes())
                        .extracting(Text::nl)
                        .containsExactly(
                                "niet geplaatst in ronde R2: 100000 strafpunten",
                                "1 van de 2 nodige programma's gedaan (npg): 60 strafpunten"));
    }
}
