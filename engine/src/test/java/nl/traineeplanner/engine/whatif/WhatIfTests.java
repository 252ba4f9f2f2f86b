package nl.traineeplanner.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.solve.Optimiser;
import org.junit.jupiter.api.Test;

class WhatIfTests {

    private static final Optimiser.Options OPTIONS =
            Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(30));

    /** A solver for what-ifs that must be answered without solving. */
    private static final Function<Problem, Optimiser.Result> NO_SOLVING = p -> {
        throw new AssertionError("solved although the answer needs no solve");
    };

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    /**
     * Three trainees, three places in one round, default weights, no locations, one programme and one domain, so only
     * preference, host and fairness count. A1's host ranks T1 above T2.
     *
     * <p>Best plan: T1 at A1 (1st choice, 0), T3 at A2 (1st, 0), T2 at A3 (2nd, 10); fairness 2 × 10 = 20; total 30.
     *
     * <p>Giving T2 its first choice A1: T1 must leave A1. At A2 it would push T3 to an assignment T3 did not rank
     * (300), so T1 goes to A3, its 3rd choice: 10 × 2² = 40. Host of A1 gets its 2nd-ranked trainee: 5 × 1² = 5.
     * Fairness 2 × 40 = 80. Total 125: +95 = preference +30, host +5, fairness +60; T1 moves from A1 to A3.
     */
    private static InstanceBuilder threeTraineesThreePlaces() {
        return InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .assignment("A3", "o3")
                .trainee("T1", t -> t.preferences("A1", "A2", "A3"))
                .trainee("T2", t -> t.preferences("A1", "A3"))
                .trainee("T3", t -> t.preferences("A2"))
                .hostRanking("A1", "T1", "T2");
    }

    private static Plan solved(Problem problem) {
        return PlanBuilder.build(problem, Optimiser.solve(problem, OPTIONS));
    }

    @Test
    void givingATraineeItsFirstChoiceDisplacesAnotherAtTheCostComputedByHand() {
        Problem problem = threeTraineesThreePlaces().problem();
        Plan base = solved(problem);
        assertThat(base.objective()).isEqualTo(30);
        assertThat(base.placements()).containsExactly(at("T1", "R1", "A1"), at("T2", "R1", "A3"), at("T3", "R1", "A2"));

        WhatIfResult result = WhatIf.firstChoice(problem, base, "T2", "R1", OPTIONS);

        assertThat(result.allowed()).isTrue();
        assertThat(result.forced()).isEqualTo(at("T2", "R1", "A1"));
        assertThat(result.previous()).isEqualTo("A3");
        assertThat(result.baseCost().total()).isEqualTo(30);
        assertThat(result.forcedCost().total()).isEqualTo(125);
        assertThat(result.delta()).isEqualTo(95);
        assertThat(result.deltaPerTerm())
                .containsExactly(
                        Map.entry("preference", 30L),
                        Map.entry("host", 5L),
                        Map.entry("travel", 0L),
                        Map.entry("domainRepeat", 0L),
                        Map.entry("programmeMissing", 0L),
                        Map.entry("unplaced", 0L),
                        Map.entry("unfilled", 0L),
                        Map.entry("fairness", 60L));
        assertThat(result.moves()).containsExactly(new Move("T1", "R1", "A1", "A3"));
        assertThat(result.baseOptimal()).isTrue();
        assertThat(result.forcedOptimal()).isTrue();
        assertThat(result.placements()).contains(at("T2", "R1", "A1"), at("T1", "R1", "A3"), at("T3", "R1", "A2"));
    }

    @Test
    void aPlacementAtAnExcludedOrganisationIsRefusedWithTheReasonWithoutSolving() {
        Problem problem =
                threeTraineesThreePlaces().trainee("T4", t -> t.excludes("o2")).problem();
        Plan base = Plan.ofPlacements(List.of(at("T1", "R1", "A1")));

        WhatIfResult result = WhatIf.force(problem, base, at("T4", "R1", "A2"), NO_SOLVING);

        assertThat(result.allowed()).isFalse();
        assertThat(result.refusals())
                .containsExactly(new Text(
                        "de trainee heeft organisatie \"o2\" uitgesloten (H5)",
                        "the trainee excluded organisation \"o2\" (H5)"));
        assertThat(result.delta()).isNull();
        assertThat(result.deltaPerTerm()).isEmpty();
        assertThat(result.moves()).isEmpty();
    }

    @Test
    void aPlacementThatClashesWithAPinIsRefusedWithoutSolving() {
        Problem problem = threeTraineesThreePlaces().pin("T1", "R1", "A1").problem();
        Plan base = Plan.ofPlacements(List.of(at("T1", "R1", "A1")));

        WhatIfResult result = WhatIf.force(problem, base, at("T2", "R1", "A1"), NO_SOLVING);

        assertThat(result.refusals())
                .extracting(Text::en)
                .containsExactly(
                        "\"A1\" takes 1 trainee(s) in round \"R1\", this is pin number 2 there, after T1 (H3)");
        assertThat(WhatIf.refusals(problem, at("T1", "R1", "A2")))
                .extracting(Text::nl)
                .containsExactly("de trainee is in deze ronde al vastgezet op A1, pinned[0] (H1)");
    }

    @Test
    void aPlacementTheBasePlanAlreadyHasCostsNothingAndMovesNobody() {
        Problem problem = threeTraineesThreePlaces().problem();
        Plan base = Plan.ofPlacements(List.of(at("T1", "R1", "A1"), at("T2", "R1", "A3"), at("T3", "R1", "A2")));

        WhatIfResult result = WhatIf.force(problem, base, at("T1", "R1", "A1"), NO_SOLVING);

        assertThat(result.delta()).isZero();
        assertThat(result.moves()).isEmpty();
    }

    @Test
    void refusesUnknownIdsAsInvalidInput() {
        Problem problem = threeTraineesThreePlaces().problem();
        assertThatThrownBy(() -> WhatIf.placement(problem, "T9", "R1", "A7"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(
                                "--trainee: unknown trainee \"T9\"", "--assignment: unknown assignment \"A7\""));
    }

    @Test
    void aTraineeWithoutChoicesInTheRoundHasNoFirstChoiceToAskAbout() {
        Problem problem = threeTraineesThreePlaces().trainee("T4").problem();
        assertThat(WhatIf.placement(problem, "T3", "R1", null)).isEqualTo(at("T3", "R1", "A2"));
        assertThatThrownBy(() -> WhatIf.placement(problem, "T4", "R1", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ranked no assignment offered in round \"R1\"");
    }
}
