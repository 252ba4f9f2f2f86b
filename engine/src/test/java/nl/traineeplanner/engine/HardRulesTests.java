package nl.traineeplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one method of {@link Problem} behind each hard rule, each with a case that keeps the rule and one that breaks
 * it. The checker, the pin checks, the optimiser, the baselines and the explanations all ask these methods.
 */
class HardRulesTests {

    // R1, R2; o1 has A1 and B1, o2 has A2 (only in R1, one place), far has FAR; T1 has history at o2
    private static final Problem PROBLEM = InstanceBuilder.withRounds("R1", "R2")
            .organisation("o1", 53.22, 6.57)
            .organisation("o2", 53.22, 6.57)
            .organisation("far", 53.0, 7.13)
            .assignment("A1", "o1")
            .assignment("B1", "o1")
            .assignment("A2", "o2", a -> a.rounds("R1"))
            .assignment("FAR", "far")
            .trainee("T1", t -> t.history("o2", "p", "d"))
            .trainee("T2", t -> t.rounds("R1").excludes("o1").home(53.22, 6.60).maxTravelKm(20))
            .problem();

    private static final int T1 = 0;
    private static final int T2 = 1;
    private static final int R1 = 0;
    private static final int R2 = 1;
    private static final int A1 = 0;
    private static final int B1 = 1;
    private static final int A2 = 2;
    private static final int FAR = 3;

    @Test
    void h1OwnRoundsKeptInTheTraineesRoundsBrokenOutsideThem() {
        assertThat(PROBLEM.breaks(Rule.H1, T2, R1, FAR)).isFalse();
        assertThat(PROBLEM.breaks(Rule.H1, T2, R2, FAR)).isTrue();
    }

    @Test
    void h2KeptInAnOfferedRoundBrokenInAnother() {
        assertThat(PROBLEM.breaks(Rule.H2, T1, R1, A2)).isFalse();
        assertThat(PROBLEM.breaks(Rule.H2, T1, R2, A2)).isTrue();
    }

    @Test
    void h3KeptUpToTheCapacityBrokenBeyondIt() {
        assertThat(PROBLEM.withinCapacity(A2, 1)).isTrue();
        assertThat(PROBLEM.withinCapacity(A2, 2)).isFalse();
    }

    @Test
    void h4AgainstHistoryKeptAtANewOrganisationBrokenAtAnEarlierOne() {
        assertThat(PROBLEM.atHistoryOrganisation(T1, A1)).isFalse();
        assertThat(PROBLEM.atHistoryOrganisation(T1, A2)).isTrue();
        assertThat(PROBLEM.breaks(Rule.H4, T1, R1, A2)).isTrue();
    }

    @Test
    void h4BetweenPlacementsKeptAtTwoOrganisationsBrokenAtOne() {
        assertThat(PROBLEM.sameOrganisation(A1, FAR)).isFalse();
        assertThat(PROBLEM.sameOrganisation(A1, B1)).isTrue();
        // no placement is at no organisation
        assertThat(PROBLEM.sameOrganisation(-1, A1)).isFalse();
        assertThat(PROBLEM.roundAtSameOrganisation(new int[] {A1, -1}, R2, FAR)).isEqualTo(-1);
        assertThat(PROBLEM.roundAtSameOrganisation(new int[] {A1, -1}, R2, B1)).isEqualTo(R1);
        // the round being chosen does not count against itself
        assertThat(PROBLEM.roundAtSameOrganisation(new int[] {A1, -1}, R1, B1)).isEqualTo(-1);
    }

    @Test
    void h5KeptAtAnotherOrganisationBrokenAtAnExcludedOne() {
        assertThat(PROBLEM.atExcludedOrganisation(T2, FAR)).isFalse();
        assertThat(PROBLEM.atExcludedOrganisation(T2, A1)).isTrue();
    }

    @Test
    void h6KeptNearbyAndWithoutALimitBrokenFarAway() {
        assertThat(PROBLEM.beyondTravelLimit(T2, A2)).isFalse();
        assertThat(PROBLEM.beyondTravelLimit(T1, FAR)).isFalse();
        assertThat(PROBLEM.beyondTravelLimit(T2, FAR)).isTrue();
    }

    @Test
    void h7KeptByAPinBrokenByAnyOtherPlacement() {
        Problem pinned = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .assignment("A1", "o1")
                .assignment("B1", "o1")
                .trainee("T1")
                .pin("T1", "R1", "A1")
                .problem();
        assertThat(pinned.pinned(new Placement("T1", "R1", "A1"))).isTrue();
        assertThat(pinned.pinned(new Placement("T1", "R1", "B1"))).isFalse();
    }

    @Test
    void theFirstBrokenRuleAndAllBrokenRulesComeFromTheSameMethods() {
        // T2 in R2 at A1: outside its rounds (H1) and at an excluded organisation (H5)
        assertThat(PROBLEM.whyNotAllowed(T2, R2, A1)).isEqualTo(Rule.H1);
        assertThat(PROBLEM.brokenRules(T2, R2, A1)).containsExactly(Rule.H1, Rule.H5);
        assertThat(PROBLEM.allowed(T2, R1, A2)).isTrue();
    }

    @Test
    void theFirstBrokenRuleIsTheFirstOfAllBrokenRulesOnGeneratedInstances() {
        Problem generated = new Problem(nl.traineeplanner.engine.bench.InstanceGenerator.generate(60, 7));
        int forbidden = 0;
        for (int t = 0; t < generated.traineeCount(); t++) {
            for (int r = 0; r < generated.roundCount(); r++) {
                for (int a = 0; a < generated.assignmentCount(); a++) {
                    var all = generated.brokenRules(t, r, a);
                    Rule first = generated.whyNotAllowed(t, r, a);
                    assertThat(first)
                            .isEqualTo(all.isEmpty() ? null : all.iterator().next());
                    forbidden += first == null ? 0 : 1;
                }
            }
        }
        assertThat(forbidden).isPositive();
    }
}
