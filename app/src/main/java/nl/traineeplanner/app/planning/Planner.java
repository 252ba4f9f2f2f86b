package nl.traineeplanner.app.planning;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.PlanReader;
import nl.traineeplanner.engine.solve.Optimiser;
import nl.traineeplanner.engine.whatif.WhatIf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts planning runs in the background and stores what they return. The run's row is written in its own transaction
 * when it starts, so the background thread sees it, and once more at the end, with the plan, in one transaction — a
 * run that breaks off leaves no half-written plan. Asking a run to stop sets a flag in the database, which the
 * engine's stop hook reads between its steps; the engine then returns its best plan so far, and the run is stored as
 * stopped with that plan.
 */
@Component
public class Planner {

    public static final int DEFAULT_TIME_LIMIT_SECONDS = 60;
    public static final int MAX_TIME_LIMIT_SECONDS = 600;

    private static final Logger log = LoggerFactory.getLogger(Planner.class);

    private final RoundInstances instances;
    private final PlanningRunRepository runs;
    private final AuditTrail audit;
    private final RunStates states;
    private final Scheduler jobs;
    private final OneTimeTask<Long> runTask;
    private final RunMetrics metrics;
    private final TransactionTemplate ownTransaction;
    private final boolean warmUp;
    private final int workers;
    private final PlanningTexts texts;

    Planner(
            RoundInstances instances,
            PlanningRunRepository runs,
            AuditTrail audit,
            RunStates states,
            Scheduler jobs,
            OneTimeTask<Long> runTask,
            RunMetrics metrics,
            PlatformTransactionManager transactions,
            @Value("${traineeplanner.planner.warm-up:true}") boolean warmUp,
            @Value("${traineeplanner.planner.workers:2}") int workers,
            PlanningTexts texts) {
        this.texts = texts;
        this.warmUp = warmUp;
        this.workers = workers;
        this.instances = instances;
        this.runs = runs;
        this.audit = audit;
        this.states = states;
        this.jobs = jobs;
        this.runTask = runTask;
        this.metrics = metrics;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How busy the planner is now: runs computing and waiting, and whether it still takes new ones. */
    public record Load(int running, int waiting, int workers, boolean accepting) {}

    public Load load() {
        var state = jobs.getSchedulerState();
        return new Load(
                (int) states.computing(),
                (int) states.waiting(),
                workers,
                state.isStarted() && !state.isShuttingDown());
    }

    /**
     * Starts a run of the round with the given weights and returns it, still running. The instance is built from the
     * database as the caller sees it (pins included).
     *
     * @throws PlanningRefusal when the round is not being planned, another run of it is going, or the data is invalid
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PlanningRun start(Round round, WeightSettings weights, int timeLimitSeconds, String name, String username) {
        return start(round, weights, timeLimitSeconds, name, username, false);
    }

    /**
     * The same, planned ahead when {@code ahead} is set: the round together with the cohort's later rounds whose
     * assignments are known ({@link RoundInstances#ahead}); only the round's own placements can become its proposal.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PlanningRun start(
            Round round, WeightSettings weights, int timeLimitSeconds, String name, String username, boolean ahead) {
        if (!round.isOpenForPlanning()) {
            throw new PlanningRefusal("refusal.run.roundNotOpen", round.getName());
        }
        Instance instance =
                ahead ? instances.ahead(round, weights.toWeights()) : instances.forRound(round, weights.toWeights());
        return start(round, weights, timeLimitSeconds, name, username, instance, null);
    }

    /**
     * What does it cost to give this trainee its first choice in the round? Starts a run on the base run's own
     * instance with that placement pinned, remembering the base run so both can be compared.
     *
     * @throws PlanningRefusal when the placement breaks a hard rule against the data or the pins (with the rule), or
     *     the trainee ranked nothing offered in the round
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PlanningRun startWhatIf(PlanningRun base, String traineeId, String roundId, String username) {
        if (!base.getRound().isOpenForPlanning()) {
            throw new PlanningRefusal(
                    "refusal.run.roundNotOpen", base.getRound().getName());
        }
        Instance instance = InstanceReader.read(base.getInstanceJson(), "run-" + base.getId() + ".json");
        Problem problem = new Problem(instance);
        Placement forced;
        try {
            forced = WhatIf.placement(problem, traineeId, roundId, null);
        } catch (InvalidInputException noChoice) {
            throw new PlanningRefusal("refusal.whatif.noChoice");
        }
        List<Text> refusals = WhatIf.refusals(problem, forced);
        if (!refusals.isEmpty()) {
            throw new PlanningRefusal("refusal.whatif.rule", refusals.toArray());
        }
        List<Placement> pins = new java.util.ArrayList<>(instance.pinned());
        pins.add(forced);
        String trainee = problem.trainee(problem.traineeIndex(traineeId)).name();
        String name = texts.inUsersLanguage("planning.text.run.whatIf", trainee);
        return start(
                base.getRound(),
                base.getWeights(),
                base.getTimeLimitSeconds(),
                name,
                username,
                instance.withPinned(pins),
                base);
    }

    /**
     * What does planning round by round cost, against planning ahead, on the same data? Starts a run on the instance of
     * a run planned ahead, with the round's placements of a round-by-round run fixed: the later rounds are planned
     * after them, so both runs can be compared over all rounds with the same weights.
     *
     * @throws PlanningRefusal when the first run does not plan ahead, the second does or has no plan, they belong to
     *     different rounds, or the round-by-round placements no longer fit the data
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PlanningRun startRoundByRound(PlanningRun ahead, PlanningRun roundByRound, String username) {
        Round round = ahead.getRound();
        if (!round.isOpenForPlanning()) {
            throw new PlanningRefusal("refusal.run.roundNotOpen", round.getName());
        }
        if (!ahead.isPlannedAhead() || !ahead.hasPlan()) {
            throw new PlanningRefusal("refusal.roundByRound.notAhead", ahead.getName());
        }
        if (roundByRound.isPlannedAhead()
                || !roundByRound.hasPlan()
                || !roundByRound.getRound().getId().equals(round.getId())) {
            throw new PlanningRefusal("refusal.roundByRound.notAlone", roundByRound.getName(), round.getName());
        }
        Instance instance = InstanceReader.read(ahead.getInstanceJson(), "run-" + ahead.getId() + ".json");
        List<Placement> fixed = PlanReader.read(roundByRound.getPlanJson(), "run-" + roundByRound.getId())
                .placements();
        return start(
                round,
                ahead.getWeights(),
                ahead.getTimeLimitSeconds(),
                texts.inUsersLanguage("planning.text.run.roundByRound", roundByRound.getName()),
                username,
                instance.withPinned(fixed),
                ahead,
                roundByRound);
    }

    /** Starts a run of the round on this instance (package-private for tests that bring their own instance). */
    PlanningRun start(
            Round round,
            WeightSettings weights,
            int timeLimitSeconds,
            String name,
            String username,
            Instance built,
            PlanningRun base) {
        return start(round, weights, timeLimitSeconds, name, username, built, base, null);
    }

    private PlanningRun start(
            Round round,
            WeightSettings weights,
            int timeLimitSeconds,
            String name,
            String username,
            Instance built,
            PlanningRun base,
            PlanningRun carried) {
        if (timeLimitSeconds < 1 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS) {
            throw new PlanningRefusal("refusal.run.timeLimit", MAX_TIME_LIMIT_SECONDS);
        }
        Instance instance = validated(built, round);
        String instanceJson = InstanceWriter.toJson(instance);
        if (!states.claim(round.getId())) {
            throw new PlanningRefusal("refusal.run.busy", round.getName());
        }
        PlanningRun run;
        try {
            run = ownTransaction.execute(status -> {
                String runName = name == null || name.isBlank()
                        ? "Berekening " + (runs.countByRoundId(round.getId()) + 1)
                        : name;
                PlanningRun fresh = new PlanningRun(
                        round, runName, username, LocalDateTime.now(), weights, timeLimitSeconds, instanceJson);
                if (base != null) {
                    fresh.basedOn(base);
                }
                fresh.planAhead(instance.rounds().size() - 1);
                if (carried != null) {
                    fresh.carries(carried);
                }
                PlanningRun saved = runs.save(fresh);
                audit.record(
                        username,
                        AuditAction.RUN_STARTED,
                        round.getId(),
                        AuditText.of(
                                "audit.detail.runStarted",
                                runName,
                                saved.getId(),
                                weights.traineePreferences(),
                                weights.hostPreferences(),
                                weights.travel(),
                                weights.variety(),
                                weights.programmes(),
                                weights.fairness(),
                                timeLimitSeconds),
                        null);
                return saved;
            });
        } catch (RuntimeException e) {
            states.release(round.getId(), null);
            throw e;
        }
        long runId = run.getId();
        states.started(round.getId(), runId);
        try {
            jobs.schedule(runTask.schedulableInstance(String.valueOf(runId), runId));
            metrics.started();
        } catch (RuntimeException notQueued) {
            log.warn("Planning run {} could not be queued", runId, notQueued);
            ownTransaction.executeWithoutResult(
                    status -> runs.findById(runId).ifPresent(r -> r.fail("run.failed.notQueued", LocalDateTime.now())));
            states.release(round.getId(), runId);
        }
        return run;
    }

    /** Asks a running run to stop; false when it is not running. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public boolean stop(PlanningRun run, String username) {
        boolean asked = states.requestStop(run.getId());
        if (asked) {
            audit.record(
                    username,
                    AuditAction.RUN_STOPPED,
                    run.getRound().getId(),
                    "%s (#%d)".formatted(run.getName(), run.getId()),
                    null);
        }
        return asked;
    }

    /** The latest progress of a run that is computing now. */
    public java.util.Optional<RunProgress> progress(long runId) {
        return states.progress(runId);
    }

    /** The run of this round that is computing now, if any. */
    public java.util.Optional<Long> activeRun(long roundId) {
        return states.activeRun(roundId);
    }

    /** Reads the instance back through the engine's reader, which names every invalid item. */
    private static Instance validated(Instance instance, Round round) {
        try {
            return InstanceReader.read(InstanceWriter.toJson(instance), "ronde-" + round.getId() + ".json");
        } catch (InvalidInputException invalid) {
            throw new PlanningRefusal("refusal.run.invalid", String.join("; ", invalid.problems()));
        }
    }

    /**
     * A run marked running without a job will never finish (it was left by a start of the planner from before runs
     * were jobs, or its job could not be stored): say so, and free its round. Runs with a job are left to the job
     * engine, which notices a job whose server died.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failRunsWithoutAJob() {
        ownTransaction.executeWithoutResult(status -> {
            for (PlanningRun r : runs.findByStatus(PlanningRunStatus.RUNNING)) {
                if (!states.hasJob(r.getId())) {
                    r.fail("run.failed.restarted", LocalDateTime.now());
                }
            }
        });
        states.releaseAbandoned();
    }

    /**
     * Solves a small generated cohort once, in the background, right after the start: the solver's native libraries
     * load and its code is compiled before the coordinator's first run, which is otherwise several seconds slower.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpTheSolver() {
        if (!warmUp) {
            return;
        }
        Thread warming = new Thread(
                () -> {
                    long start = System.nanoTime();
                    try {
                        Optimiser.solve(
                                new Problem(InstanceGenerator.generate(24, 1)),
                                Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(10)));
                        log.info("Solver ready after a warm-up of {} ms", (System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException | LinkageError e) {
                        log.warn("Solver warm-up failed; the first run will load the solver itself", e);
                    }
                },
                "planning-warm-up");
        warming.setDaemon(true);
        warming.start();
    }
}
