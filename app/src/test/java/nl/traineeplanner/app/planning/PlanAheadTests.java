package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.PlanReader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Round 1 of the demo planned ahead with the cohort's later rounds, whose approved assignments already offer every
 * trainee a place: the run covers all of them, the later rounds show on its board as provisional, only round 1 becomes
 * the proposal, and round by round stays available.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:plan-ahead;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanAheadTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private Planner planner;

    @Autowired
    private RoundInstances instances;

    @Autowired
    private BoardBuilder boards;

    private Round roundOne;
    private List<Round> later;
    private PlanningRun ahead;
    private PlanningRun alone;

    @BeforeAll
    void planRoundOneAhead() throws Exception {
        roundOne = rounds.findAllByOrderByStartDate().get(0);
        mvc.perform(post("/rounds/{id}/steps", roundOne.getId())
                        .param("step", "START_MATCHING")
                        .param("reason", "vooruit plannen toetsen")
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        later = instances.laterRoundsKnown(rounds.findById(roundOne.getId()).orElseThrow());
        mvc.perform(post("/api/rounds/{id}/runs", roundOne.getId())
                        .with(SignIn.as("coordinator"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 30, \"name\": \"Vooruit\", \"planAhead\": true}"))
                .andExpect(status().isAccepted());
        ahead = awaitRun("Vooruit");
        // the same round alone, through the round page's form with "plan ahead" unticked
        mvc.perform(post("/rounds/{id}/runs", roundOne.getId())
                        .param("traineePreferences", "3")
                        .param("hostPreferences", "3")
                        .param("travel", "3")
                        .param("variety", "3")
                        .param("programmes", "3")
                        .param("fairness", "3")
                        .param("timeLimitSeconds", "30")
                        .param("name", "Alleen ronde 1")
                        .param("_planAhead", "on")
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        alone = awaitRun("Alleen ronde 1");
    }

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    private Board board(PlanningRun run) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> boards.forRun(runs.findById(run.getId()).orElseThrow()));
    }

    private PlanningRun awaitRun(String name) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .until(() -> planner.activeRun(roundOne.getId()).isEmpty());
        return runs.findByRoundIdOrderByStartedAtDescIdDesc(roundOne.getId()).stream()
                .filter(r -> r.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRunCoversTheLaterRoundsWhoseAssignmentsAreKnownWithEveryTraineeInEach() {
        assertThat(later)
                .as("the demo's later rounds offer a place to every trainee")
                .isNotEmpty();
        assertThat(ahead.hasPlan()).isTrue();
        assertThat(ahead.getLaterRounds()).isEqualTo(later.size());
        var instance = InstanceReader.read(ahead.getInstanceJson(), "run.json");
        assertThat(instance.rounds())
                .extracting(nl.traineeplanner.engine.Round::id)
                .containsExactlyElementsOf(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(roundOne), later.stream())
                                .map(r -> String.valueOf(r.getId()))
                                .toList());
        assertThat(instance.trainees()).allSatisfy(t -> assertThat(t.rounds()).hasSize(1 + later.size()));
    }

    @Test
    void theBoardShowsTheLaterRoundsAsProvisionalAndNoTraineeTwiceAtOneOrganisation() throws Exception {
        Board board = board(ahead);
        assertThat(board.ahead())
                .extracting(Board.Column::name)
                .containsExactlyElementsOf(later.stream().map(Round::getName).toList());
        List<Integer> aheadColumns = new java.util.ArrayList<>();
        int planned = -1;
        for (int i = 0; i < board.columns().size(); i++) {
            String position = board.columns().get(i).position();
            if (position.equals("AHEAD")) {
                aheadColumns.add(i);
            } else if (position.equals("PLANNED")) {
                planned = i;
            }
        }
        for (Board.Row row : board.rows()) {
            assertThat(row.cells().get(planned).kind()).isIn("PROPOSED", "UNPLACED");
            Set<String> organisations = new HashSet<>();
            for (int i : aheadColumns) {
                Board.Cell cell = row.cells().get(i);
                assertThat(cell.kind()).isIn("PROVISIONAL", "PROVISIONAL_UNPLACED");
                assertThat(cell.placementId())
                        .as("a provisional placement is not stored")
                        .isNull();
                if (cell.organisation() != null) {
                    assertThat(organisations.add(cell.organisation()))
                            .as("%s twice at %s", row.trainee(), cell.organisation())
                            .isTrue();
                }
            }
            String now = row.cells().get(planned).organisation();
            assertThat(now == null || !organisations.contains(now))
                    .as("%s at %s now and later", row.trainee(), now)
                    .isTrue();
        }

        String page = mvc.perform(get("/runs/{id}", ahead.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Deze berekening plant vooruit").contains("voorlopig");
    }

    @Test
    void onlyRoundOneBecomesTheProposalAndRoundByRoundStaysAnOption() throws Exception {
        mvc.perform(post("/runs/{id}/accept", ahead.getId())
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long proposed = board(ahead).rows().stream()
                .filter(r -> r.cells().stream().anyMatch(c -> c.kind().equals("PROPOSED")))
                .count();
        assertThat(placements.findByRoundId(roundOne.getId())).hasSize((int) proposed);
        for (Round r : later) {
            assertThat(placements.findByRoundId(r.getId())).as(r.getName()).isEmpty();
        }

        // the round page offers planning ahead, ticked, and a run without it plans the round alone
        String roundPage = mvc.perform(get("/rounds/{id}", roundOne.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(roundPage).containsPattern("id=\"planAhead\"[^>]*checked");
        assertThat(alone.getLaterRounds()).isZero();
        assertThat(board(alone).ahead()).isEmpty();
        assertThat(InstanceReader.read(alone.getInstanceJson(), "run.json").rounds())
                .hasSize(1);
    }

    @Test
    void roundByRoundCarriedForwardCostsAtLeastPlanningAheadOnTheSameData() throws Exception {
        mvc.perform(post("/runs/{id}/round-by-round", ahead.getId())
                        .param("from", String.valueOf(alone.getId()))
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        PlanningRun carried = awaitRun("Ronde voor ronde (Alleen ronde 1), doorgerekend");
        assertThat(carried.getCarriesRunId()).isEqualTo(alone.getId());
        assertThat(carried.getBasedOnRunId()).isEqualTo(ahead.getId());
        assertThat(carried.getLaterRounds()).isEqualTo(ahead.getLaterRounds());
        String roundId = String.valueOf(roundOne.getId());
        assertThat(PlanReader.read(carried.getPlanJson(), "c").placements().stream()
                        .filter(p -> p.round().equals(roundId)))
                .as("round 1 as the round-by-round run planned it")
                .containsExactlyInAnyOrderElementsOf(
                        PlanReader.read(alone.getPlanJson(), "a").placements());
        assertThat(ahead.isOptimal()).as("the plan ahead is proven best").isTrue();
        assertThat(carried.getObjective()).isGreaterThanOrEqualTo(ahead.getObjective());

        String same = mvc.perform(get("/rounds/{id}/compare", roundOne.getId())
                        .param("left", String.valueOf(ahead.getId()))
                        .param("right", String.valueOf(carried.getId()))
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(same).contains("Verschil (B − A)").doesNotContain("id=\"other-rounds\"");
        String other = mvc.perform(get("/rounds/{id}/compare", roundOne.getId())
                        .param("left", String.valueOf(alone.getId()))
                        .param("right", String.valueOf(ahead.getId()))
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other)
                .contains("id=\"other-rounds\"")
                .contains("niet evenveel rondes (1 tegen " + (1 + later.size()));
    }

    @Test
    void onlyARunPlannedAheadCarriesARoundByRoundRunForward() throws Exception {
        long before = runs.count();
        mvc.perform(post("/runs/{id}/round-by-round", alone.getId())
                        .param("from", String.valueOf(alone.getId()))
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.containsString("plant niet vooruit")));
        mvc.perform(post("/runs/{id}/round-by-round", ahead.getId())
                        .param("from", String.valueOf(ahead.getId()))
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "refusal",
                                org.hamcrest.Matchers.containsString("geen afgeronde berekening van alleen")));
        mvc.perform(post("/runs/{id}/round-by-round", ahead.getId())
                        .param("from", String.valueOf(alone.getId()))
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/runs/{id}/round-by-round", alone.getId())
                        .param("from", String.valueOf(alone.getId()))
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/runs/{id}/round-by-round", ahead.getId())
                        .param("from", String.valueOf(alone.getId()))
                        .with(SignIn.as("trainee"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(runs.count()).isEqualTo(before);
    }
}
