package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs are jobs in the database: what one instance of the planner does to a run, any other sees and can change
 * through the database alone. Here "another instance" is played by writing to the database directly, as it would:
 * it reads the progress from the run's row, asks a run to stop by setting its flag, holds a round's lock, or dies
 * while computing (its job stays picked and its heartbeat stops).
 */
@WebAppTest
class PlanningJobsTests {

    @Autowired
    private Planner planner;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private MockMvc mvc;

    private Round round() {
        return rounds.findAllByOrderByStartDate().get(0);
    }

    @AfterEach
    void removeRunsAndLocks() {
        await().atMost(Duration.ofMinutes(2))
                .until(() -> planner.activeRun(round().getId()).isEmpty());
        jdbc.update("delete from planning_round_lock");
        jdbc.update("delete from scheduled_tasks");
        runs.deleteAll();
        ForgetAudit.all(jdbc, audit);
    }

    @Test
    void theProgressIsStoredEverySecondAndAStopFlagSetElsewhereEndsTheRunWithItsBestPlan() {
        Round round = round();
        // large enough that the solver is still busy after a few seconds
        PlanningRun run = planner.start(
                round, WeightSettings.standard(), 60, "Groot", "coordinator", InstanceGenerator.generate(300, 7), null);
        long id = run.getId();
        assertThat(planner.activeRun(round.getId())).contains(id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select coalesce(progress_millis, 0) from planning_run where id = ?", Long.class, id)
                        >= 1000);
        assertThat(planner.progress(id))
                .hasValueSatisfying(p -> assertThat(p.elapsedMillis()).isGreaterThanOrEqualTo(1000));

        // another instance asks it to stop: only the stored flag
        jdbc.update("update planning_run set stop_requested = true where id = ?", id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> runs.findById(id).orElseThrow().getStatus() != PlanningRunStatus.RUNNING);
        PlanningRun ended = runs.findById(id).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(PlanningRunStatus.STOPPED);
        assertThat(ended.hasPlan()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> planner.activeRun(round.getId()).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class))
                .isZero();
    }

    @Autowired
    private RunStates states;

    @Test
    void oneRunPerRoundAtATimeHeldInTheDatabase() {
        long r1 = round().getId();
        long r2 = rounds.findAllByOrderByStartDate().get(1).getId();
        assertThat(states.claim(r1)).isTrue();
        assertThat(states.claim(r1)).isFalse();
        assertThat(states.claim(r2)).isTrue();
        states.release(r1, null);
        states.release(r2, null);
        assertThat(states.claim(r1)).isTrue();
        states.release(r1, null);
        assertThat(states.requestStop(999_999)).as("no such run is running").isFalse();
    }

    @Test
    void aRoundHeldByARunOfAnotherInstanceCannotStartASecondRun() {
        Round round = round();
        jdbc.update(
                "insert into planning_round_lock (round_id, run_id, locked_at) values (?, null, ?)",
                round.getId(),
                Timestamp.valueOf(LocalDateTime.now()));

        assertThatThrownBy(() -> AsUser.call(
                        "coordinator",
                        "COORDINATOR",
                        () -> planner.start(round, WeightSettings.standard(), 10, null, "coordinator")))
                .isInstanceOf(PlanningRefusal.class)
                .hasMessageContaining("refusal.run.busy");
        assertThat(runs.count()).isZero();
    }

    @Test
    void aRunWhoseInstanceDiedIsMarkedFailedWithoutAPlanAndItsRoundIsFreed() throws Exception {
        Round round = round();
        PlanningRun orphan = runs.save(new PlanningRun(
                round,
                "Op een andere server",
                "coordinator",
                LocalDateTime.now(),
                WeightSettings.standard(),
                60,
                InstanceWriter.toJson(InstanceGenerator.generate(24, 1))));
        long id = orphan.getId();
        jdbc.update(
                "insert into planning_round_lock (round_id, run_id, locked_at) values (?, ?, ?)",
                round.getId(),
                id,
                Timestamp.valueOf(LocalDateTime.now()));
        // picked by a server that stopped beating a minute ago
        Timestamp minuteAgo = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.update(
                "insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,"
                        + " last_heartbeat, version) values (?, ?, null, ?, true, 'elders', ?, 1)",
                RunStates.TASK,
                String.valueOf(id),
                minuteAgo,
                minuteAgo);
        assertThat(planner.activeRun(round.getId())).contains(id);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> runs.findById(id).orElseThrow().getStatus() == PlanningRunStatus.FAILED);
        PlanningRun failed = runs.findById(id).orElseThrow();
        assertThat(failed.getMessage()).isEqualTo("run.failed.instanceGone");
        // the reason is put into words when it is read, in the reader's language
        mvc.perform(get("/runs/" + id)
                        .param("lang", "en")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Interrupted: the server that computed the run stopped responding.")));
        mvc.perform(get("/runs/" + id + "/progress").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message")
                        .value("Onderbroken: de server die de berekening deed, reageerde niet meer. Start de"
                                + " berekening opnieuw."));
        assertThat(failed.hasPlan()).isFalse();
        assertThat(planner.activeRun(round.getId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheduled_tasks where task_instance = ?", Long.class, String.valueOf(id)))
                .isZero();
    }
}
