package nl.traineeplanner.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Rule;
import org.junit.jupiter.api.Test;

/** One test pair per hard rule of spec section 2: a plan that breaks it and one that keeps it. */
class RuleCheckerTests {

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    private static List<Rule> broken(InstanceBuilder instance, Placement... plan) {
        return RuleChecker.check(instance.problem(), List.of(plan)).stream()
                .map(Violation::rule)
                .toList();
    }

    private static InstanceBuilder twoRoundsThreeOrganisations() {
        return InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .assignment("A3", "o3")
                .trainee("T1")
                .trainee("T2");
    }

    @Test
    void twoPlacementsOfOneTraineeInOneRoundBreakH1() {
        assertThat(broken(twoRoundsThreeOrganisations(), at("T1", "R1", "A1"), at("T1", "R1", "A2")))
                .containsExactly(Rule.H1);
    }

    @Test
    void aPlacementOutsideTheTraineesRoundsBreaksH1() {
        var instance = twoRoundsThreeOrganisations().trainee("T3", t -> t.rounds("R1"));
        assertThat(broken(instance, at("T3", "R2", "A1"))).containsExactly(Rule.H1);
    }

    @Test
    void onePlacementPerRoundKeepsH1() {
        assertThat(broken(twoRoundsThreeOrganisations(), at("T1", "R1", "A1"), at("T1", "R2", "A2")))
                .isEmpty();
    }

    @Test
    void anAssignmentInARoundItIsNotOfferedInBreaksH2() {
        var instance = twoRoundsThreeOrganisations().assignment("B1", "o1", a -> a.rounds("R1"));
        assertThat(broken(instance, at("T1", "R2", "B1"))).containsExactly(Rule.H2);
        assertThat(broken(instance, at("T1", "R1", "B1"))).isEmpty();
    }

    @Test
    void moreTraineesThanCapacityBreaksH3() {
        assertThat(broken(twoRoundsThreeOrganisations(), at("T1", "R1", "A1"), at("T2", "R1", "A1")))
                .containsExactly(Rule.H3);
    }

    @Test
    void traineesUpToCapacityKeepH3() {
        var instance = twoRoundsThreeOrganisations().assignment("B1", "o1", a -> a.capacity(2));
        assertThat(broken(instance, at("T1", "R1", "B1"), at("T2", "R1", "B1"))).isEmpty();
        // The same assignment in different rounds is not over capacity either.
        assertThat(broken(twoRoundsThreeOrganisations(), at("T1", "R1", "A1"), at("T2", "R2", "A1")))
                .isEmpty();
    }

    @Test
    void anOrganisationFromHistoryBreaksH4() {
        var instance = twoRoundsThreeOrganisations().trainee("T3", t -> t.history("o1", "p1", "x"));
        assertThat(broken(instance, at("T3", "R1", "A1"))).containsExactly(Rule.H4);
        assertThat(broken(instance, at("T3", "R1", "A2"))).isEmpty();
    }

    @Test
    void twoPlannedPlacementsAtOneOrganisationBreakH4() {
        var instance = twoRoundsThreeOrganisations().assignment("B1", "o1");
        assertThat(broken(instance, at("T1", "R1", "A1"), at("T1", "R2", "B1"))).containsExactly(Rule.H4);
        assertThat(broken(instance, at("T1", "R1", "A1"), at("T2", "R2", "B1"))).isEmpty();
    }

    @Test
    void theSameAssignmentInTwoRoundsBreaksH4() {
        assertThat(broken(twoRoundsThreeOrganisations(), at("T1", "R1", "A1"), at("T1", "R2", "A1")))
                .containsExactly(Rule.H4);
    }

    @Test
    void anExcludedOrganisationBreaksH5() {
        var instance = twoRoundsThreeOrganisations().trainee("T3", t -> t.excludes("o2"));
        assertThat(broken(instance, at("T3", "R1", "A2"))).containsExactly(Rule.H5);
        assertThat(broken(instance, at("T3", "R1", "A1"))).isEmpty();
    }

    @Test
    void aDistanceBeyondTheLimitBreaksH6() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("near", 53.22, 6.57)
                .organisation("far", 53.0, 7.13)
                .organisation("unknown")
                .assignment("NEAR", "near")
                .assignment("FAR", "far")
                .assignment("SOMEWHERE", "unknown")
                .trainee("T1", t -> t.home(53.22, 6.60).maxTravelKm(20));
        List<Violation> violations = RuleChecker.check(instance.problem(), List.of(at("T1", "R1", "FAR")));
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.H6);
        assertThat(violations.get(0).english()).contains("beyond the limit of 20 km");
        assertThat(broken(instance, at("T1", "R1", "NEAR"))).isEmpty();
        // An unknown distance is not limited.
        assertThat(broken(instance, at("T1", "R1", "SOMEWHERE"))).isEmpty();
    }

    @Test
    void aMissingPinBreaksH7() {
        var instance = twoRoundsThreeOrganisations().pin("T1", "R1", "A3");
        assertThat(broken(instance, at("T1", "R1", "A1"))).containsExactly(Rule.H7);
        assertThat(broken(instance, at("T1", "R1", "A3"))).isEmpty();
    }

    @Test
    void listsEveryRuleOneSinglePlacementBreaks() {
        var instance = twoRoundsThreeOrganisations()
                .assignment("B1", "o1", a -> a.rounds("R1"))
                .trainee("T3", t -> t.rounds("R1").history("o1", "p1", "x").excludes("o1"));
        assertThat(broken(instance, at("T3", "R2", "B1"))).containsExactly(Rule.H1, Rule.H2, Rule.H4, Rule.H5);
    }

    @Test
    void listsEveryBrokenRuleNotOnlyTheFirst() {
        var instance = twoRoundsThreeOrganisations()
                .assignment("B1", "o1", a -> a.rounds("R1"))
                .trainee("T3", t -> t.excludes("o3"))
                .pin("T2", "R2", "A2");
        List<Violation> violations = RuleChecker.check(
                instance.problem(),
                List.of(
                        at("T1", "R2", "B1"), // H2
                        at("T3", "R1", "A3"), // H5
                        at("T1", "R1", "A2"),
                        at("T2", "R1", "A2"), // H3 with T1
                        at("T2", "R2", "A1")) // H7: T2's pin is missing
                );
        assertThat(violations)
                .extracting(Violation::rule)
                .containsExactlyInAnyOrder(Rule.H2, Rule.H5, Rule.H3, Rule.H7);
        assertThat(violations).allSatisfy(v -> assertThat(v.dutch()).isNotBlank());
    }
}
