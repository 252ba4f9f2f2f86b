package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "What does her first choice cost?" on the board of a run of demo round 1: a second run with that placement
 * pinned, on the first run's own instance, compared with it. Runs are committed (the background thread must see
 * them) and removed afterwards.
 */
@WebAppTest
class WhatIfRunTests {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private Planner planner;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void removeRuns() {
        runs.deleteAll();
        ForgetAudit.all(jdbc, audit);
    }

    private PlanningRun finished(PlanningRun started) {
        long roundId = started.getRound().getId();
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .until(() -> planner.activeRun(roundId).isEmpty());
        PlanningRun run = runs.findById(started.getId()).orElseThrow();
        assertThat(run.hasPlan()).as("run finished with a plan").isTrue();
        return run;
    }

    @Test
    void firstChoiceOfATraineeIsARunWithThatPinComparedWithTheBase() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        PlanningRun base = finished(AsUser.call(
                "coordinator",
                "COORDINATOR",
                () -> planner.start(one, WeightSettings.standard(), 20, "Basis", "coordinator")));
        Instance instance = InstanceReader.read(base.getInstanceJson(), "base.json");
        Problem problem = new Problem(instance);
        Plan plan = PlanReader.read(base.getPlanJson(), "plan.json");
        String roundId = instance.rounds().get(0).id();
        Placement missed = plan.placements().stream()
                .filter(p -> problem.preferenceRank(
                                problem.traineeIndex(p.trainee()),
                                problem.roundIndex(roundId),
                                problem.assignmentIndex(p.assignment()))
                        > 1)
                .findFirst()
                .orElseThrow();
        String firstChoice = problem.assignment(problem.ranked(problem.traineeIndex(missed.trainee()), 0)[0])
                .id();

        String location = mvc.perform(post("/runs/{id}/whatif", base.getId())
                        .param("trainee", missed.trainee())
                        .param("round", roundId)
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long whatIfId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        PlanningRun whatIf = finished(runs.findById(whatIfId).orElseThrow());

        assertThat(whatIf.getBasedOnRunId()).isEqualTo(base.getId());
        assertThat(whatIf.getName())
                .isEqualTo("Wat als: "
                        + problem.trainee(problem.traineeIndex(missed.trainee()))
                                .name() + " krijgt de eerste keuze");
        assertThat(whatIf.getWeights()).isEqualTo(base.getWeights());
        Plan forcedPlan = PlanReader.read(whatIf.getPlanJson(), "whatif.json");
        assertThat(forcedPlan.placements()).contains(new Placement(missed.trainee(), roundId, firstChoice));
        assertThat(forcedPlan.objective()).isGreaterThanOrEqualTo(plan.objective());
        mvc.perform(get("/runs/{id}", whatIfId).with(COORDINATOR))
                .andExpect(content().string(containsString("wat-als-berekening")));
        mvc.perform(get("/rounds/{id}/compare", one.getId())
                        .param("left", base.getId().toString())
                        .param("right", String.valueOf(whatIfId))
                        .with(COORDINATOR))
                .andExpect(content().string(containsString("Verschillende plaatsingen")))
                .andExpect(content()
                        .string(containsString(problem.trainee(problem.traineeIndex(missed.trainee()))
                                .name())));
    }

    @Test
    void traineeWithoutChoicesInTheRoundIsRefusedWithAReason() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        PlanningRun base = finished(AsUser.call(
                "coordinator",
                "COORDINATOR",
                () -> planner.start(one, WeightSettings.standard(), 20, "Basis", "coordinator")));

        mvc.perform(post("/runs/{id}/whatif", base.getId())
                        .param("trainee", "no-such-trainee")
                        .param(
                                "round",
                                InstanceReader.read(base.getInstanceJson(), "b.json")
                                        .rounds()
                                        .get(0)
                                        .id())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(runs.findAll()).hasSize(1);
    }
}
