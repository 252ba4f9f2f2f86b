package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's workflow on the demo data: one run of demo round 1 is started through the API before the tests
 * and waited for; tests that accept, pin or publish run in a transaction that is rolled back. The run itself is
 * committed (the background thread must see it), so it is removed afterwards.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningWorkflowTests {

    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    static final RequestPostProcessor HOST = user("host").roles("HOST");
    static final RequestPostProcessor TRAINEE = user("trainee").roles("TRAINEE");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private Planner planner;

    @Autowired
    private RoundInstances instances;

    @Autowired
    private BoardBuilder boards;

    private long roundOne;
    private long roundTwo;
    private long runId;

    @BeforeAll
    void startOneRunOfRoundOne() throws Exception {
        roundOne = rounds.findAllByOrderByStartDate().get(0).getId();
        roundTwo = rounds.findAllByOrderByStartDate().get(1).getId();
        String body = mvc.perform(post("/api/rounds/{id}/runs", roundOne)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\": {\"traineePreferences\": 4}, \"timeLimitSeconds\": 10,"
                                + " \"name\": \"Testscenario\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status", is("RUNNING")))
                .andExpect(jsonPath("$.weights.traineePreferences", is(4)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        runId = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        awaitEnd(roundOne);
    }

    @AfterAll
    void removeRunsAndTheirAuditTrail() {
        awaitEnd(roundOne);
        runs.deleteAll();
        ForgetAudit.all(jdbc, audit);
    }

    /** Waits, bounded, until no run of the round is computing any more. */
    private void awaitEnd(long roundId) {
        Awaitility.await("no run of the round computing any more")
                .atMost(Duration.ofMinutes(2))
                .until(() -> planner.activeRun(roundId).isEmpty());
    }

    private PlanningRun run() {
        return runs.findById(runId).orElseThrow();
    }

    private Round round(long id) {
        return rounds.findById(id).orElseThrow();
    }

    @Test
    void theRunFinishesWithAPlanThatKeepsEveryHardRuleAndScoresWhatItSays() {
        PlanningRun run = run();
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
        assertThat(run.getName()).isEqualTo("Testscenario");
        assertThat(run.getFinishedAt()).isNotNull();
        Problem problem = new Problem(InstanceReader.read(run.getInstanceJson(), "instance.json"));
        assertThat(problem.weights().preference()).isEqualTo(20);
        Plan plan = PlanReader.read(run.getPlanJson(), "plan.json");

        assertThat(RuleChecker.check(problem, plan.placements())).isEmpty();
        assertThat(run.getObjective())
                .isEqualTo(Scorer.score(problem, plan.placements()).total())
                .isEqualTo(plan.objective());
        assertThat(run.getBound()).isLessThanOrEqualTo(run.getObjective());
        assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(24);
    }

    @Test
    void startingARunIsInTheAuditTrail() {
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundOne))
                .filteredOn(e -> e.getAction() == AuditAction.RUN_STARTED)
                .extracting(AuditEvent::getUsername, e -> AuditWords.dutch(e.getDetail()))
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("coordinator");
                    assertThat((String) t.toList().get(1)).contains("Testscenario", "trainees 4");
                });
    }

    @Test
    void apiListsAndShowsTheRunWithItsPlan() throws Exception {
        mvc.perform(get("/api/rounds/{id}/runs", roundOne).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + runId + ")].status").value("FINISHED"));
        mvc.perform(get("/api/runs/{id}", runId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.run.status", is("FINISHED")))
                .andExpect(jsonPath("$.run.objective", is(run().getObjective().intValue())))
                .andExpect(jsonPath("$.run.progress").doesNotExist())
                .andExpect(jsonPath("$.plan.format", is("traineeplanner/plan@1")))
                .andExpect(jsonPath("$.plan.explanations.placements", notNullValue()));
    }

    @Test
    void apiDownloadsTheRunsPlanAndItsInstanceInTheEnginesFormats() throws Exception {
        var plan = mvc.perform(get("/api/runs/{id}/plan", runId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("plan-run-" + runId + ".json")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var instance = mvc.perform(get("/api/runs/{id}/instance", runId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Problem problem = new Problem(InstanceReader.read(instance, "instance.json"));
        Plan read = PlanReader.read(plan, "plan.json");
        assertThat(RuleChecker.check(problem, read.placements())).isEmpty();
        assertThat(Scorer.score(problem, read.placements()).total()).isEqualTo(run().getObjective());
        mvc.perform(get("/api/runs/{id}/plan", 999_999).with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/{id}", runId).with(COORDINATOR))
                .andExpect(content().string(containsString("/api/runs/" + runId + "/plan")));
    }

    @Test
    void apiExportsTheRoundAsAnEngineInstance() throws Exception {
        mvc.perform(get("/api/rounds/{id}/instance", roundOne).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format", is("traineeplanner/instance@1")))
                .andExpect(jsonPath("$.trainees", hasSize(24)))
                .andExpect(jsonPath("$.rounds[0].id", is(String.valueOf(roundOne))));
        mvc.perform(get("/api/rounds/{id}/instance", roundOne)
                        .param("preset", "FAIREST")
                        .with(COORDINATOR))
                .andExpect(jsonPath("$.weights.fairness", is(16)));
    }

    @Test
    void apiRefusesARunOfARoundThatIsNotBeingPlannedInDutch() throws Exception {
        mvc.perform(post("/api/rounds/{id}/runs", roundTwo)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("wordt nu niet gepland")))
                .andExpect(jsonPath("$.code", is("refusal.run.roundNotOpen")));
        assertThat(runs.findByRoundIdOrderByStartedAtDescIdDesc(roundTwo)).isEmpty();
    }

    @Test
    void apiRefusesSlidersOutsideZeroToFive() throws Exception {
        mvc.perform(post("/api/rounds/{id}/runs", roundOne)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\": {\"fairness\": 9}}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    @Transactional
    void runPageShowsTheSummaryAndTheBoardWithExplanations() throws Exception {
        mvc.perform(get("/runs/{id}", runId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Planbord"),
                                containsString("Anna de Jong"),
                                containsString("Waarom?"),
                                containsString("e keuze"),
                                containsString("Eerste keuze gekregen"),
                                containsString("Ronde 2 – later"),
                                containsString("Blokkerende paren"),
                                containsString("Wie kreeg welke keuze"),
                                containsString("Dit plan aannemen als voorstel"))));
        Plan plan = BoardBuilder.plan(run());
        Board board = boards.forRun(run());
        assertThat(board.summary().blockingPairs())
                .isEqualTo(plan.blockingPairs().size());
        var summary = board.summary();
        assertThat(summary.placedByRank().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("the chart of choices counts every placed trainee who got a ranked choice")
                .isEqualTo(summary.placed() - summary.unrankedPlacements());
        assertThat(summary.placedByRank().get(1)).isEqualTo(summary.firstChoices());
        // every trainee without the first choice is told why, with names instead of ids
        long missed = board.rows().stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> "PROPOSED".equals(c.kind()) && c.rank() != 1)
                .count();
        assertThat(board.rows().stream()
                        .flatMap(r -> r.cells().stream())
                        .filter(c -> c.whyNotFirst() != null)
                        .map(c -> c.whyNotFirst().nl()))
                .hasSize((int) missed)
                .allSatisfy(t -> assertThat(t).startsWith("Eerste keuze \u201c"));
    }

    @Test
    void progressEndpointTellsTheStateOfTheRun() throws Exception {
        mvc.perform(get("/runs/{id}/progress", runId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("FINISHED")))
                .andExpect(jsonPath("$.gap", notNullValue()));
    }

    @Test
    void stoppingARunThatIsNotRunningIsRefused() throws Exception {
        mvc.perform(post("/runs/{id}/stop", runId).with(COORDINATOR).with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("loopt niet")));
        assertThat(run().getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
    }

    @Test
    @Transactional
    void acceptingStoresThePlanAsTheProposalOfTheRound() throws Exception {
        int planned = PlanReader.read(run().getPlanJson(), "plan").placements().size();
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", containsString(planned + " plaatsingen")));
        mvc.perform(get("/rounds/{id}", roundOne).with(COORDINATOR))
                .andExpect(content().string(containsString("huidig voorstel (aangenomen op")));

        List<Placement> proposal = placements.findByRoundId(roundOne);
        assertThat(proposal).hasSize(planned).allSatisfy(p -> {
            assertThat(p.getStatus()).isEqualTo(PlacementStatus.PROPOSED);
            assertThat(p.isPinned()).isFalse();
        });
        assertThat(run().getAcceptedAt()).isNotNull();
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundOne))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.RUN_ACCEPTED);
    }

    @Test
    @Transactional
    void acceptingAgainReplacesTheProposalAndKeepsPinsOnTheSamePlacement() throws Exception {
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        Placement first = placements.findByRoundId(roundOne).get(0);
        mvc.perform(
                post("/placements/{id}/pin", first.getId()).with(COORDINATOR).with(csrf()));

        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));

        List<Placement> proposal = placements.findByRoundId(roundOne);
        assertThat(proposal).noneMatch(p -> p.getId().equals(first.getId()));
        assertThat(proposal)
                .filteredOn(Placement::isPinned)
                .singleElement()
                .satisfies(p -> assertThat(p.getTrainee().getId())
                        .isEqualTo(first.getTrainee().getId()));
    }

    @Test
    @Transactional
    void pinAndUnpinAProposedPlacementAndWriteBothToTheAuditTrail() throws Exception {
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        Placement placement = placements.findByRoundId(roundOne).get(0);

        mvc.perform(post("/placements/{id}/pin", placement.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("done", containsString("vastgezet")));
        assertThat(placements.findById(placement.getId()).orElseThrow().isPinned())
                .isTrue();
        assertThat(instances.forRound(round(roundOne), Weights.DEFAULTS).pinned())
                .hasSize(1);

        mvc.perform(post("/placements/{id}/unpin", placement.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("done", containsString("losgemaakt")));
        assertThat(placements.findById(placement.getId()).orElseThrow().isPinned())
                .isFalse();
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundOne))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.PLACEMENT_PINNED, AuditAction.PLACEMENT_UNPINNED);
    }

    @Test
    @Transactional
    void refusesToPinAPlacementThatBreaksAHardRuleAndSaysWhich() throws Exception {
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        Placement placement = placements.findByRoundId(roundOne).get(0);
        // since the run, the trainee has asked not to be placed at this organisation
        placement.getTrainee().exclude(placement.getAssignment().getOrganisation());

        mvc.perform(post("/placements/{id}/pin", placement.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "refusal", allOf(containsString("Vastzetten kan niet"), containsString("(H5)"))));
        assertThat(placements.findById(placement.getId()).orElseThrow().isPinned())
                .isFalse();
    }

    @Test
    @Transactional
    void publishingFixesTheProposalOnceAndMakesItHistoryForTheNextRound() throws Exception {
        mvc.perform(post("/rounds/{id}/steps", roundOne)
                .param("step", "START_MATCHING")
                .param("reason", "alle voorkeuren zijn binnen")
                .with(COORDINATOR)
                .with(csrf()));
        assertThat(round(roundOne).getStatus()).isEqualTo(RoundStatus.MATCHING);
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        int proposed = placements.findByRoundId(roundOne).size();

        mvc.perform(post("/rounds/{id}/steps", roundOne)
                        .param("step", "PUBLISH")
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("done", containsString("gepubliceerd")));

        assertThat(round(roundOne).getStatus()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(placements.findByRoundId(roundOne))
                .hasSize(proposed)
                .allMatch(p -> p.getStatus() == PlacementStatus.PUBLISHED);
        assertThat(instances.forRound(round(roundTwo), Weights.DEFAULTS).trainees())
                .filteredOn(t -> !t.history().isEmpty())
                .hasSize(proposed);

        mvc.perform(post("/rounds/{id}/steps", roundOne)
                        .param("step", "PUBLISH")
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("is al gepubliceerd")));
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundOne))
                .extracting(AuditEvent::getAction)
                .containsSubsequence(
                        AuditAction.ROUND_PUBLISHED, AuditAction.RUN_ACCEPTED, AuditAction.MATCHING_STARTED);
    }

    @Test
    @Transactional
    void publishingWithoutTheCoordinatorsConfirmationChangesNothing() throws Exception {
        mvc.perform(post("/rounds/{id}/steps", roundOne)
                .param("step", "START_MATCHING")
                .param("reason", "test")
                .with(COORDINATOR)
                .with(csrf()));
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        mvc.perform(get("/rounds/{id}", roundOne).with(COORDINATOR))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"true\" required")));

        mvc.perform(post("/rounds/{id}/steps", roundOne)
                        .param("step", "PUBLISH")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("Er is niets gepubliceerd")));
        assertThat(round(roundOne).getStatus()).isEqualTo(RoundStatus.MATCHING);
        assertThat(placements.findByRoundId(roundOne)).allMatch(p -> p.getStatus() == PlacementStatus.PROPOSED);
    }

    @Test
    @Transactional
    void publishingWithoutAProposalIsRefused() throws Exception {
        mvc.perform(post("/rounds/{id}/steps", roundOne)
                .param("step", "START_MATCHING")
                .param("reason", "test")
                .with(COORDINATOR)
                .with(csrf()));
        mvc.perform(post("/rounds/{id}/steps", roundOne)
                        .param("step", "PUBLISH")
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("nog geen voorstel")));
        assertThat(round(roundOne).getStatus()).isEqualTo(RoundStatus.MATCHING);
    }

    @Test
    @Transactional
    void replanningAroundPinsPutsThePinsIntoTheNewRun() throws Exception {
        mvc.perform(post("/runs/{id}/accept", runId).with(COORDINATOR).with(csrf()));
        Placement placement = placements.findByRoundId(roundOne).get(3);
        mvc.perform(post("/placements/{id}/pin", placement.getId())
                .with(COORDINATOR)
                .with(csrf()));

        mvc.perform(post("/rounds/{id}/replan", roundOne).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitEnd(roundOne);

        PlanningRun replanned =
                runs.findByRoundIdOrderByStartedAtDescIdDesc(roundOne).get(0);
        assertThat(replanned.getId()).isNotEqualTo(runId);
        assertThat(replanned.getWeights()).isEqualTo(run().getWeights());
        var pin = new nl.traineeplanner.engine.Placement(
                String.valueOf(placement.getTrainee().getId()),
                String.valueOf(roundOne),
                String.valueOf(placement.getAssignment().getId()));
        assertThat(InstanceReader.read(replanned.getInstanceJson(), "i").pinned())
                .containsExactly(pin);
        assertThat(PlanReader.read(replanned.getPlanJson(), "p").placements()).contains(pin);
    }

    @Test
    void roundPageShowsCycleRunsWeightsAndAuditTrail() throws Exception {
        mvc.perform(get("/rounds/{id}", roundOne).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Matching starten"),
                                containsString("Testscenario"),
                                containsString("type=\"range\""),
                                containsString("Voorkeuren van opdrachtgevers"),
                                containsString("Afwisseling in beleidsterreinen"),
                                containsString("Eerlijkheid"),
                                containsString("zoveel mogelijk eerste keuzes"),
                                containsString("berekening gestart"))));
        mvc.perform(get("/rounds/{id}", roundOne).param("preset", "FAIREST").with(COORDINATOR))
                .andExpect(content().string(containsString("5 – vier keer")));
        mvc.perform(get("/rounds").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ronde 1"), containsString("voorkeuren open"))));
    }

    @Test
    void onlyTheCoordinatorMayPlan() throws Exception {
        for (RequestPostProcessor other : List.of(HOST, TRAINEE)) {
            mvc.perform(get("/rounds").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/rounds/{id}", roundOne).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/runs/{id}", runId).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/runs/{id}/progress", runId).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/rounds/{id}/runs", roundOne).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/rounds/{id}/steps", roundOne)
                            .param("step", "START_MATCHING")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/placements/{id}/pin", 1).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/rounds/{id}/runs", roundOne).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/api/rounds/{id}/runs", roundOne).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/runs/{id}", runId).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/rounds/{id}/instance", roundOne).with(other)).andExpect(status().isForbidden());
        }
        assertThat(round(roundOne).getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
    }

    @Test
    void apiDocumentationDescribesThePlanningEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/runs'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/runs'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/runs/{id}'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/instance'].get", notNullValue()))
                // the round's plan keeps the names the API has always given it
                .andExpect(jsonPath(
                        "$.paths['/api/rounds/{id}/proposal'].get.responses['200'].content['*/*'].schema.$ref",
                        is("#/components/schemas/Proposal")))
                .andExpect(jsonPath(
                        "$.components.schemas.Proposal.properties.placements.items.$ref",
                        is("#/components/schemas/ProposedPlacement")));
    }
}
