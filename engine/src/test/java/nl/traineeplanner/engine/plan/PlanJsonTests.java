package nl.traineeplanner.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanJsonTests {

    @Test
    void readsBackWhatItWrites() {
        Plan plan = new Plan(
                Plan.Status.OPTIMAL,
                1234L,
                1200L,
                List.of(new Placement("T1", "R1", "A1"), new Placement("T2", "R1", "A2")),
                List.of(new Unplaced("T3", "R1", "ronde R1: 3 trainees, 2 plaatsen", "round R1: 3 trainees, 2 places")),
                Map.of("preference", 10L, "unplaced", 1224L),
                12L,
                null,
                Map.of(),
                new PlanMetrics(2, 1, 2, 3, 0, 1, 4, 1),
                List.of(new Placement("T2", "R1", "A1")));
        String json = PlanWriter.toJson(plan);
        assertThat(json).contains("\"format\" : \"traineeplanner/plan@1\"");
        assertThat(PlanReader.read(json, "plan.json")).isEqualTo(plan);
    }

    @Test
    void writesTheGapTheSummaryAndTheBlockingPairs() {
        Plan plan = new Plan(
                Plan.Status.FEASIBLE,
                300L,
                299L,
                List.of(new Placement("T1", "R1", "A2"), new Placement("T2", "R1", "A1")),
                List.of(),
                Map.of(),
                5L,
                null,
                Map.of(),
                new PlanMetrics(3, 1, 2, 4, 1, 0, 0, 1),
                List.of(new Placement("T1", "R1", "A1")));
        JsonNode root = PlanWriter.toTree(plan);
        assertThat(root.get("gap").asLong()).isEqualTo(1);
        assertThat(root.get("gapPercent").asDouble()).isEqualTo(0.33);
        JsonNode summary = root.get("summary");
        assertThat(summary.get("firstChoiceShare").asDouble()).isEqualTo(0.3333);
        assertThat(summary.get("topThreeShare").asDouble()).isEqualTo(0.6667);
        assertThat(summary.get("worstRank").asInt()).isEqualTo(4);
        assertThat(summary.get("unrankedPlacements").asInt()).isEqualTo(1);
        assertThat(summary.get("unplacedPairs").asInt()).isZero();
        assertThat(summary.get("unfilledPlaces").asInt()).isZero();
        assertThat(summary.get("blockingPairs").asInt()).isEqualTo(1);
        assertThat(root.get("blockingPairs").get(0).get("assignment").asString())
                .isEqualTo("A1");
    }

    @Test
    void leavesTheGapOutWhenThePlanStatesNoBound() {
        JsonNode root = PlanWriter.toTree(Plan.ofPlacements(List.of()));
        assertThat(root.has("gap")).isFalse();
        assertThat(root.has("gapPercent")).isFalse();
        assertThat(root.has("summary")).isFalse();
    }

    @Test
    void readsAHandMadePlanWithOnlyPlacements() {
        Plan plan = PlanReader.read("""
                {"placements": [{"trainee": "T1", "round": "R1", "assignment": "A1"}]}
                """, "hand.json");
        assertThat(plan.placements()).containsExactly(new Placement("T1", "R1", "A1"));
        assertThat(plan.status()).isNull();
        assertThat(plan.objective()).isNull();
        assertThat(plan.cost()).isEmpty();
    }

    @Test
    void keepsOnlyTheStatedCostTerms() {
        Plan plan = PlanReader.read("{\"placements\": [], \"cost\": {\"travel\": 7, \"other\": 1}}", "hand.json");
        assertThat(plan.cost()).containsExactly(Map.entry("travel", 7L));
    }

    @Test
    void namesEveryProblemOfAPlan() {
        assertThatThrownBy(() -> PlanReader.read("""
                        {"format": "traineeplanner/plan@2", "status": "GOOD", "objective": -1,
                         "placements": [{"trainee": "T1", "round": "R1"}, 7],
                         "cost": {"host": "many"}}
                        """, "hand.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(
                                "hand.json: plan, field \"format\": must be \"traineeplanner/plan@1\", is"
                                        + " \"traineeplanner/plan@2\"",
                                "hand.json: plan, field \"status\": must be \"OPTIMAL\" or \"FEASIBLE\", is \"GOOD\"",
                                "hand.json: plan, field \"objective\": must be at least 0, is -1",
                                "hand.json: placements[0], field \"assignment\": is missing",
                                "hand.json: placements[1]: must be an object, is 7",
                                "hand.json: cost, field \"host\": must be a whole number, is \"many\""));
    }

    @Test
    void requiresPlacements() {
        assertThatThrownBy(() -> PlanReader.read("{\"status\": \"OPTIMAL\"}", "hand.json"))
                .hasMessage("hand.json: plan, field \"placements\": is missing");
    }
}
