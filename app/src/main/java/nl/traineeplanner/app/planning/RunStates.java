package nl.traineeplanner.app.planning;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state of running runs, kept in the database so that every instance of the planner sees the same: the one run per
 * round (a row of {@code planning_round_lock}, which the database keeps unique), each run's latest progress and
 * whether someone asked it to stop. Each change is committed at once, in a transaction of its own, so another
 * instance sees it whatever the caller's transaction does.
 */
@Component
class RunStates {

    static final String TASK = "planning-run";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    RunStates(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Claims the round for a new run; false when another run of the round holds it. */
    boolean claim(long roundId) {
        try {
            own.executeWithoutResult(status -> jdbc.update(
                    "insert into planning_round_lock (round_id, run_id, locked_at) values (?, null, ?)",
                    roundId,
                    Timestamp.valueOf(LocalDateTime.now())));
            return true;
        } catch (DataIntegrityViolationException held) {
            return false;
        }
    }

    void started(long roundId, long runId) {
        own.executeWithoutResult(
                status -> jdbc.update("update planning_round_lock set run_id = ? where round_id = ?", runId, roundId));
    }

    /** Frees the round, if this run (or a claim not yet given a run) holds it. */
    void release(long roundId, Long runId) {
        own.executeWithoutResult(status -> {
            if (runId == null) {
                jdbc.update("delete from planning_round_lock where round_id = ? and run_id is null", roundId);
            } else {
                jdbc.update("delete from planning_round_lock where round_id = ? and run_id = ?", roundId, runId);
            }
        });
    }

    /**
     * Frees rounds held by a run that is not running any more, or by a claim that never got its run (a start that
     * broke off half-way, more than a minute ago).
     */
    void releaseAbandoned() {
        own.executeWithoutResult(status -> jdbc.update(
                "delete from planning_round_lock where (run_id is null and locked_at < ?) or (run_id is not null and"
                        + " run_id not in (select id from planning_run where status = 'RUNNING'))",
                Timestamp.valueOf(LocalDateTime.now().minusMinutes(1))));
    }

    Optional<Long> activeRun(long roundId) {
        List<Long> held = jdbc.queryForList(
                "select run_id from planning_round_lock where round_id = ? and run_id is not null",
                Long.class,
                roundId);
        return held.stream().findFirst();
    }

    /** The latest progress of a run that is still running. */
    Optional<RunProgress> progress(long runId) {
        return jdbc
                .query(
                        "select progress_best, progress_bound, progress_millis, stop_requested from planning_run"
                                + " where id = ? and status = 'RUNNING'",
                        (row, i) -> {
                            long best = row.getObject("progress_best") == null ? -1 : row.getLong("progress_best");
                            long bound = row.getLong("progress_bound");
                            long millis = row.getLong("progress_millis");
                            return RunProgress.of(best, bound, millis, row.getBoolean("stop_requested"));
                        },
                        runId)
                .stream()
                .findFirst();
    }

    void saveProgress(long runId, long best, long bound, long elapsedMillis) {
        own.executeWithoutResult(status -> jdbc.update(
                "update planning_run set progress_best = ?, progress_bound = ?, progress_millis = ? where id = ?"
                        + " and status = 'RUNNING'",
                best < 0 ? null : best,
                bound,
                elapsedMillis,
                runId));
    }

    /** Asks the run to stop, wherever it computes; false when it is not running. */
    boolean requestStop(long runId) {
        Integer changed = own.execute(status -> jdbc.update(
                "update planning_run set stop_requested = true where id = ? and status = 'RUNNING'", runId));
        return changed != null && changed == 1;
    }

    boolean isStopRequested(long runId) {
        return jdbc.queryForList("select stop_requested from planning_run where id = ?", Boolean.class, runId).stream()
                .anyMatch(Boolean.TRUE::equals);
    }

    /** Runs picked by an instance and computing now, and runs waiting for one. */
    long computing() {
        return count(true);
    }

    long waiting() {
        return count(false);
    }

    private long count(boolean picked) {
        Long n = jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name = ? and picked = ?", Long.class, TASK, picked);
        return n == null ? 0 : n;
    }

    /** Whether a job exists for the run, picked or waiting. */
    boolean hasJob(long runId) {
        Long n = jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name = ? and task_instance = ?",
                Long.class,
                TASK,
                String.valueOf(runId));
        return n != null && n > 0;
    }
}
