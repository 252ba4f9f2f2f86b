package nl.traineeplanner.app.planning;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanWriter;
import nl.traineeplanner.engine.solve.Optimiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of one planning job, on whichever instance picked it: solve the instance stored with the run, write its
 * progress to the run every second, look at the stored stop request, and store the plan in one transaction at the
 * end (so a run that dies half-way leaves no plan). When the application shuts down, a run in progress stops at the
 * solver's next step and keeps the best plan found so far.
 */
@Component
class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    /** How often the progress is written, and how old a read stop request may be. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final PlanningRunRepository runs;
    private final RunStates states;
    private final RunMetrics metrics;
    private final TransactionTemplate own;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "planning-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    RunExecution(
            PlanningRunRepository runs, RunStates states, RunMetrics metrics, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.states = states;
        this.metrics = metrics;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a job needs of its run, read once. */
    private record Job(long roundId, String instanceJson, int timeLimitSeconds) {}

    @nl.traineeplanner.app.system.SystemJob("planning-run")
    void execute(long runId) {
        Job job = own.execute(status -> runs.findById(runId)
                .filter(PlanningRun::isRunning)
                .map(r -> new Job(r.getRound().getId(), r.getInstanceJson(), r.getTimeLimitSeconds()))
                .orElse(null));
        if (job == null) {
            return;
        }
        long start = System.nanoTime();
        Progress progress = new Progress(start);
        ScheduledFuture<?> writer = ticker.scheduleAtFixedRate(
                () -> progress.save(runId), TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Problem problem = new Problem(InstanceReader.read(job.instanceJson(), "run-" + runId + "-instance.json"));
            Optimiser.Result result = Optimiser.solve(
                    problem,
                    new Optimiser.Options(
                                    Duration.ofSeconds(job.timeLimitSeconds()),
                                    (best, bound, elapsed) -> progress.improved(best, bound))
                            // a stop request ends the solve at its next step, with the best plan so far
                            .withStop(() -> progress.stopRequested(runId)));
            Plan plan = PlanBuilder.build(problem, result);
            String planJson = PlanWriter.toJson(plan);
            boolean stopped = closing || states.isStopRequested(runId);
            store(
                    runId,
                    r -> r.finish(
                            planJson, plan.objective(), plan.bound(), result.optimal(), stopped, LocalDateTime.now()));
            metrics.ended(
                    stopped ? RunMetrics.Outcome.STOPPED : RunMetrics.Outcome.FINISHED,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException | Error e) {
            log.warn("Planning run {} failed", runId, e);
            metrics.ended(RunMetrics.Outcome.FAILED, Duration.ofNanos(System.nanoTime() - start));
            try {
                store(runId, r -> r.fail(e.getClass().getSimpleName() + ": " + e.getMessage(), LocalDateTime.now()));
            } catch (RuntimeException alsoFailed) {
                log.error("Could not mark planning run {} as failed", runId, alsoFailed);
            }
        } finally {
            writer.cancel(false);
            states.release(job.roundId(), runId);
        }
    }

    /**
     * A run whose instance stopped answering (no heartbeat) will not finish: it is marked failed, with no plan, and
     * its round is free again.
     */
    void abandoned(long runId) {
        Long roundId = own.execute(status -> runs.findById(runId)
                .map(r -> {
                    if (r.isRunning()) {
                        r.fail("run.failed.instanceGone", LocalDateTime.now());
                    }
                    return r.getRound().getId();
                })
                .orElse(null));
        if (roundId != null) {
            states.release(roundId, runId);
        }
        metrics.ended(RunMetrics.Outcome.FAILED, null);
        log.warn("Planning run {} abandoned: its server stopped answering", runId);
    }

    /** Only a run that is still running is finished or failed; one already marked by another server stays as it is. */
    private void store(long runId, Consumer<PlanningRun> change) {
        own.executeWithoutResult(
                status -> runs.findById(runId).filter(PlanningRun::isRunning).ifPresent(change));
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /** The latest figures of one solve, written every tick; the stop request is read at most once a tick. */
    private final class Progress {

        private final long start;
        private long best = -1;
        private long bound;
        private long stopReadAt;
        private boolean stop;

        Progress(long start) {
            this.start = start;
        }

        synchronized void improved(long best, long bound) {
            this.best = best;
            this.bound = bound;
        }

        void save(long runId) {
            long b;
            long lower;
            synchronized (this) {
                b = best;
                lower = bound;
            }
            try {
                states.saveProgress(runId, b, lower, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Could not store the progress of planning run {}", runId, e);
            }
        }

        synchronized boolean stopRequested(long runId) {
            if (closing) {
                return true;
            }
            long now = System.nanoTime();
            if (!stop && now - stopReadAt >= TICK.toNanos()) {
                stopReadAt = now;
                try {
                    stop = states.isStopRequested(runId);
                } catch (RuntimeException e) {
                    log.warn("Could not read the stop request of planning run {}", runId, e);
                }
            }
            return stop;
        }
    }
}
