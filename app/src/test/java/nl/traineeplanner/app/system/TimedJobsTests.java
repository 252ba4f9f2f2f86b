package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.ForgetAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The timed jobs (morning reminders, nightly retention, the audit seal's sweep) are recurring jobs on a job table, so
 * that of several instances sharing the database exactly one runs each occurrence. Here two instances are played by
 * two of db-scheduler's manual schedulers, with the application's own jobs, on a job table of their own whose clock the
 * test moves; the jobs do their work in the application's database.
 */
@WebAppTest
class TimedJobsTests {

    private static final List<String> JOBS = List.of("audit-seal", "reminders", "retention");

    /** Tuesday 1 December 2026, 11:00 in Groningen. */
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    private TimedJobs timedJobs;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void forgetTheAuditEvent() {
        ForgetAudit.all(jdbc, audit);
    }

    @Test
    void everyTimedJobIsARecurringJobOfThisInstancesJobTable() {
        assertThat(timedJobs.tasks()).extracting(Task::getName).containsExactlyInAnyOrderElementsOf(JOBS);
        assertThat(jdbc.queryForList("select task_name from " + TimedJobs.TABLE + " where task_instance = 'recurring'"))
                .extracting(row -> row.get("task_name"))
                .containsExactlyInAnyOrderElementsOf(JOBS);
    }

    @Test
    void eachOccurrenceRunsOnceOnOneOfTwoInstancesAtItsTime() {
        DriverManagerDataSource table = jobTable();
        ManualScheduler one = instance(table);
        ManualScheduler two = instance(table);

        Map<String, Instant> next = nextTimes(table);
        assertThat(next.get("reminders")).isEqualTo(Instant.parse("2026-12-02T06:00:00Z")); // 07:00 in Groningen
        assertThat(next.get("retention")).isEqualTo(Instant.parse("2026-12-02T02:30:00Z")); // 03:30 in Groningen
        assertThat(next.get("audit-seal"))
                .as("the first sweep at once, then each minute")
                .isEqualTo(NOW);

        // an event that a crash left unsealed: written without asking the sealer
        long event = unsealedEvent();

        one.setTime(NOW.plus(Duration.ofMinutes(2)));
        two.setTime(NOW.plus(Duration.ofMinutes(2)));
        one.runAnyDueExecutions();
        two.runAnyDueExecutions();
        assertThat(ran()).isEqualTo(Map.of("audit-seal", 1.0));
        assertThat(jdbc.queryForObject("select chain_no from audit_event where id = ?", Long.class, event))
                .isNotNull();

        one.setTime(Instant.parse("2026-12-02T06:30:00Z"));
        two.setTime(Instant.parse("2026-12-02T06:30:00Z"));
        two.runAnyDueExecutions();
        one.runAnyDueExecutions();
        two.runAnyDueExecutions();
        assertThat(ran()).isEqualTo(Map.of("audit-seal", 2.0, "reminders", 1.0, "retention", 1.0));
        next = nextTimes(table);
        assertThat(next.get("reminders")).isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
        assertThat(next.get("retention")).isEqualTo(Instant.parse("2026-12-03T02:30:00Z"));
    }

    private ManualScheduler instance(DriverManagerDataSource table) {
        SettableClock clock = new SettableClock();
        clock.set(NOW);
        ManualScheduler scheduler = (ManualScheduler) TestHelper.createManualScheduler(table, List.of())
                .clock(clock)
                .startTasks(timedJobs.tasks())
                .statsRegistry(counting())
                .tableName(TimedJobs.TABLE)
                .build();
        scheduler.start();
        return scheduler;
    }

    /** The application's count of finished occurrences (the manual scheduler tells a stats registry, not listeners). */
    private StatsRegistry counting() {
        var listener = TimedJobs.counting(meters);
        return new StatsRegistry() {
            @Override
            public void register(StatsRegistry.SchedulerStatsEvent event) {}

            @Override
            public void register(StatsRegistry.CandidateStatsEvent event) {}

            @Override
            public void register(StatsRegistry.ExecutionStatsEvent event) {}

            @Override
            public void registerSingleCompletedExecution(ExecutionComplete complete) {
                listener.onExecutionComplete(complete);
            }
        };
    }

    /** A database of its own holding only the job table, made by the application's migration. */
    private static DriverManagerDataSource jobTable() {
        DriverManagerDataSource table =
                new DriverManagerDataSource("jdbc:h2:mem:timed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (var connection = table.getConnection()) {
            ScriptUtils.executeSqlScript(
                    connection, new ClassPathResource("db/migration/V20__timed_jobs_on_the_job_table.sql"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return table;
    }

    private static Map<String, Instant> nextTimes(DriverManagerDataSource table) {
        return new JdbcTemplate(table)
                .queryForList("select task_name, execution_time from " + TimedJobs.TABLE).stream()
                        .collect(Collectors.toMap(
                                row -> (String) row.get("task_name"), row -> instant(row.get("execution_time"))));
    }

    private static Instant instant(Object time) {
        if (time instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) time).toInstant();
    }

    private long unsealedEvent() {
        jdbc.update(
                "insert into audit_event (occurred_at, username, action, detail) values (?, 'planner', ?, ?)",
                Timestamp.valueOf(LocalDateTime.of(java.time.LocalDate.of(2026, 12, 1), LocalTime.of(10, 59))),
                "RETENTION_APPLIED",
                "left unsealed by a crash");
        return jdbc.queryForObject("select max(id) from audit_event", Long.class);
    }

    /** Occurrences that ended well, by job. */
    private Map<String, Double> ran() {
        return meters.find("traineeplanner.timed.jobs").tag("outcome", "ok").counters().stream()
                .collect(Collectors.toMap(c -> c.getId().getTag("job"), c -> c.count()));
    }
}
