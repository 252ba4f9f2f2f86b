package nl.traineeplanner.app.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.Objects;
import nl.traineeplanner.app.round.Round;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of the planning engine for a round, kept afterwards as a named scenario: the instance it was given and the
 * plan it returned, both as JSON documents of the engine's formats. The plan is written only once, at the end, with
 * its figures; a run that is not running any more does not change again, except that it can be accepted, and that a
 * former trainee's personal data is taken out of it when they are anonymised.
 */
@Entity
public class PlanningRun {

    public static final int MAX_MESSAGE = 2000;

    /** How the keys of the planner's own reasons for failing a run begin. */
    public static final String REASON_KEY = "run.failed.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String startedBy;

    @Column(nullable = false)
    private LocalDateTime startedAt;

    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlanningRunStatus status = PlanningRunStatus.RUNNING;

    private int timeLimitSeconds;

    @Embedded
    private WeightSettings weights;

    @Column(nullable = false)
    private String instanceJson;

    private String planJson;

    private Long objective;

    private Long bound;

    private boolean optimal;

    @Column(length = MAX_MESSAGE)
    private String message;

    private LocalDateTime acceptedAt;

    private Long basedOnRunId;

    /** How many of the cohort's later rounds the run planned ahead with the round (0: round by round). */
    @Column(name = "later_rounds", nullable = false)
    private int laterRounds;

    /** The round-by-round run whose placements this run carries forward into the later rounds, or null. */
    @Column(name = "carries_run_id")
    private Long carriesRunId;

    protected PlanningRun() {}

    public PlanningRun(
            Round round,
            String name,
            String startedBy,
            LocalDateTime startedAt,
            WeightSettings weights,
            int timeLimitSeconds,
            String instanceJson) {
        this.round = Objects.requireNonNull(round, "round");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.weights = Objects.requireNonNull(weights, "weights");
        if (timeLimitSeconds < 1) {
            throw new IllegalArgumentException("a run needs at least one second");
        }
        this.timeLimitSeconds = timeLimitSeconds;
        this.instanceJson = Objects.requireNonNull(instanceJson, "instanceJson");
    }

    /** The engine returned a plan; {@code stopped} when the coordinator asked to stop meanwhile. */
    public void finish(
            String planJson, long objective, long bound, boolean optimal, boolean stopped, LocalDateTime at) {
        requireRunning();
        this.planJson = Objects.requireNonNull(planJson, "planJson");
        this.objective = objective;
        this.bound = bound;
        this.optimal = optimal;
        this.status = stopped ? PlanningRunStatus.STOPPED : PlanningRunStatus.FINISHED;
        this.finishedAt = at;
    }

    /** The run plans the round together with this many later rounds of the cohort, as provisional. */
    void planAhead(int laterRounds) {
        if (laterRounds < 0) {
            throw new IllegalArgumentException("later rounds: " + laterRounds);
        }
        this.laterRounds = laterRounds;
    }

    public int getLaterRounds() {
        return laterRounds;
    }

    public boolean isPlannedAhead() {
        return laterRounds > 0;
    }

    /** This run takes the placements of a round-by-round run as fixed and plans the later rounds after them. */
    void carries(PlanningRun roundByRound) {
        this.carriesRunId = Objects.requireNonNull(roundByRound.getId(), "run id");
    }

    public Long getCarriesRunId() {
        return carriesRunId;
    }

    /**
     * The run broke off without a plan: {@code reason} is a key of the message bundles ({@value #REASON_KEY}...) when
     * the planner itself stopped it, otherwise the error as the solver gave it.
     */
    public void fail(String reason, LocalDateTime at) {
        requireRunning();
        this.status = PlanningRunStatus.FAILED;
        this.message = reason == null || reason.length() <= MAX_MESSAGE ? reason : reason.substring(0, MAX_MESSAGE);
        this.finishedAt = at;
    }

    /** The coordinator took this run's plan as the round's proposal. */
    public void markAccepted(LocalDateTime at) {
        if (!hasPlan()) {
            throw new IllegalStateException("Run " + id + " has no plan to accept");
        }
        this.acceptedAt = at;
    }

    /**
     * Replaces the texts and documents of a finished run by versions without a former trainee's personal data (see
     * {@link StoredRuns#anonymise}); the figures stay.
     */
    void rewrite(String name, String message, String instanceJson, String planJson) {
        if (isRunning()) {
            throw new IllegalStateException("Run " + id + " is still running");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.message = message;
        this.instanceJson = Objects.requireNonNull(instanceJson, "instanceJson");
        this.planJson = planJson;
    }

    private void requireRunning() {
        if (status != PlanningRunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status + " already");
        }
    }

    public boolean hasPlan() {
        return planJson != null;
    }

    public boolean isRunning() {
        return status == PlanningRunStatus.RUNNING;
    }

    /** Best plan minus proven bound, in penalty points; null without a plan. */
    public Long getGap() {
        return objective == null || bound == null ? null : Math.max(0, objective - bound);
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public PlanningRunStatus getStatus() {
        return status;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public WeightSettings getWeights() {
        return weights;
    }

    public String getInstanceJson() {
        return instanceJson;
    }

    public String getPlanJson() {
        return planJson;
    }

    public Long getObjective() {
        return objective;
    }

    public Long getBound() {
        return bound;
    }

    public boolean isOptimal() {
        return optimal;
    }

    /** The message is a key of the bundles, put into words in the reader's language (older runs hold Dutch text). */
    public boolean isMessageKey() {
        return message != null && message.startsWith(REASON_KEY);
    }

    public String getMessage() {
        return message;
    }

    /** The run a what-if run asks about, or null for an ordinary run. */
    public Long getBasedOnRunId() {
        return basedOnRunId;
    }

    /** Marks this run as the what-if of another run of the same round. */
    public void basedOn(PlanningRun base) {
        if (!Objects.equals(base.getRound().getId(), round.getId())) {
            throw new IllegalArgumentException("a what-if belongs to the round of the run it asks about");
        }
        this.basedOnRunId = base.getId();
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }
}
