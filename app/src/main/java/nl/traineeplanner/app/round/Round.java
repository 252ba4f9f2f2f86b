package nl.traineeplanner.app.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A "ronde": one rotation period of about eight months. Its status moves one way through {@link RoundStatus}; each
 * step is guarded here, so no caller can, say, publish a round twice.
 */
@Entity
@Table(name = "planning_round")
public class Round {

    /** The final evaluation opens this many days before the end of the round. */
    static final int FINAL_EVALUATION_DAYS_BEFORE_END = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    private int sequenceNumber;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private LocalDate intakeDeadline;

    @Column(nullable = false)
    private LocalDate preferencesDeadline;

    @Column(nullable = false)
    private LocalDate hostRankingDeadline;

    /** The day the mid-term evaluations of the round's placements open; halfway through the round unless moved. */
    @Column(nullable = false)
    private LocalDate midTermEvaluationOpens;

    /** The day the final evaluations open; two weeks before the end of the round unless moved. */
    @Column(nullable = false)
    private LocalDate finalEvaluationOpens;

    private int minChoices = ChoiceLimits.STANDARD.minimum();

    private int maxChoices = ChoiceLimits.STANDARD.maximum();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.INTAKE;

    protected Round() {}

    public Round(Cohort cohort, int sequenceNumber, String name, RoundPeriod period) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("sequence number must be at least 1");
        }
        this.sequenceNumber = sequenceNumber;
        this.name = Objects.requireNonNull(name, "name");
        this.startDate = period.start();
        this.endDate = period.end();
        this.intakeDeadline = period.intakeDeadline();
        this.preferencesDeadline = period.preferencesDeadline();
        this.hostRankingDeadline = period.hostRankingDeadline();
        scheduleStandardEvaluations();
    }

    /**
     * The coordinator moves the round's dates and deadlines; the period itself keeps them in order. When the start or
     * the end moves, the evaluations move back to their standard days in the new period. What the coordinator may
     * move, and when, is for {@link RoundSchedules} to decide (a round with a {@linkplain #hasFixedPeriod() fixed
     * period} keeps its start and end).
     */
    public void reschedule(RoundPeriod period) {
        boolean moved = !period.start().equals(startDate) || !period.end().equals(endDate);
        this.startDate = period.start();
        this.endDate = period.end();
        this.intakeDeadline = period.intakeDeadline();
        this.preferencesDeadline = period.preferencesDeadline();
        this.hostRankingDeadline = period.hostRankingDeadline();
        if (moved) {
            scheduleStandardEvaluations();
        }
    }

    /** The coordinator renames the round. */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = newName.strip();
    }

    /**
     * Whether the start and end of the round are fixed: once it is published its placements are known to trainees and
     * hosts, and they hold for these dates.
     */
    public boolean hasFixedPeriod() {
        return status.compareTo(RoundStatus.PUBLISHED) >= 0;
    }

    /**
     * The coordinator sets the days the mid-term and final evaluations open: within the round, the mid-term one not
     * after the final one.
     */
    public void scheduleEvaluations(LocalDate midTerm, LocalDate finalOpens) {
        Objects.requireNonNull(midTerm, "midTerm");
        Objects.requireNonNull(finalOpens, "finalOpens");
        List<ScheduleProblem> problems = evaluationProblems(startDate, endDate, midTerm, finalOpens);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("evaluations open within the round, the final one not first: "
                    + problems.stream().map(ScheduleProblem::code).toList());
        }
        this.midTermEvaluationOpens = midTerm;
        this.finalEvaluationOpens = finalOpens;
    }

    /**
     * Every rule the opening days of the evaluations break in a round from {@code start} to {@code end}, each on its
     * field: both open within the round, and the final one not before the mid-term one.
     */
    public static List<ScheduleProblem> evaluationProblems(
            LocalDate start, LocalDate end, LocalDate midTerm, LocalDate finalOpens) {
        List<ScheduleProblem> found = new ArrayList<>();
        if (midTerm.isBefore(start) || midTerm.isAfter(end)) {
            found.add(ScheduleProblem.of(
                    "midTermEvaluationOpens",
                    "round.invalid.evaluationOutside",
                    ScheduleProblem.day(start),
                    ScheduleProblem.day(end)));
        }
        if (finalOpens.isBefore(start) || finalOpens.isAfter(end)) {
            found.add(ScheduleProblem.of(
                    "finalEvaluationOpens",
                    "round.invalid.evaluationOutside",
                    ScheduleProblem.day(start),
                    ScheduleProblem.day(end)));
        } else if (finalOpens.isBefore(midTerm)) {
            found.add(ScheduleProblem.of(
                    "finalEvaluationOpens", "round.invalid.finalBeforeMidTerm", ScheduleProblem.day(midTerm)));
        }
        return found;
    }

    /** The standard day the mid-term evaluation opens: halfway through the round. */
    public static LocalDate standardMidTerm(LocalDate start, LocalDate end) {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    /**
     * The standard day the final evaluation opens: two weeks before the end, or with the mid-term one when that is
     * later (a round shorter than four weeks, or a mid-term evaluation moved late).
     */
    public static LocalDate standardFinalOpens(LocalDate end, LocalDate midTerm) {
        LocalDate twoWeeksBeforeEnd = end.minusDays(FINAL_EVALUATION_DAYS_BEFORE_END);
        return twoWeeksBeforeEnd.isBefore(midTerm) ? midTerm : twoWeeksBeforeEnd;
    }

    /**
     * The standard days: the mid-term evaluation halfway through the round, the final one two weeks before its end (or
     * with the mid-term one, in a round shorter than four weeks). The migration that added them computes the same.
     */
    private void scheduleStandardEvaluations() {
        LocalDate halfway = standardMidTerm(startDate, endDate);
        scheduleEvaluations(halfway, standardFinalOpens(endDate, halfway));
    }

    /** The coordinator sets how many assignments each trainee ranks in this round. */
    public void limitChoices(ChoiceLimits limits) {
        this.minChoices = limits.minimum();
        this.maxChoices = limits.maximum();
    }

    /** Intake is over: trainees may now rank the approved assignments. */
    public void openPreferences() {
        advance(RoundStatus.INTAKE, RoundStatus.PREFERENCES_OPEN);
    }

    /** Preferences are closed: the coordinator runs and adjusts the matching. */
    public void startMatching() {
        advance(RoundStatus.PREFERENCES_OPEN, RoundStatus.MATCHING);
    }

    /**
     * Preferences are closed, on time or early: before the preferences deadline has passed, only with the reason the
     * coordinator gives for starting early.
     */
    public void startMatching(LocalDate today, String earlyReason) {
        if (!today.isAfter(preferencesDeadline) && (earlyReason == null || earlyReason.isBlank())) {
            throw new IllegalStateException(
                    "Round '%s' cannot start matching before its preferences deadline %s without a reason"
                            .formatted(name, preferencesDeadline));
        }
        startMatching();
    }

    /** Whether trainees may still hand in preferences on this day, by the deadline. */
    public boolean preferencesDeadlinePassed(LocalDate today) {
        return today.isAfter(preferencesDeadline);
    }

    /** Whether hosts may still submit proposals for this round on this day: during intake, until its deadline. */
    public boolean acceptsProposals(LocalDate today) {
        return status == RoundStatus.INTAKE && !today.isAfter(intakeDeadline);
    }

    /** Whether trainees may change their ranked list on this day: preferences are open and the deadline has not passed. */
    public boolean acceptsPreferences(LocalDate today) {
        return status == RoundStatus.PREFERENCES_OPEN && !preferencesDeadlinePassed(today);
    }

    /**
     * Whether hosts may rank their candidates on this day: from the opening of preferences until the host ranking
     * deadline, as long as the matching has not been published.
     */
    public boolean acceptsHostRankings(LocalDate today) {
        return (status == RoundStatus.PREFERENCES_OPEN || status == RoundStatus.MATCHING)
                && !today.isAfter(hostRankingDeadline);
    }

    /** Runs may be made, accepted and adjusted: from the opening of preferences until publication. */
    public boolean isOpenForPlanning() {
        return status == RoundStatus.PREFERENCES_OPEN || status == RoundStatus.MATCHING;
    }

    /** The coordinator decided: placements become known to trainees and hosts. */
    public void publish() {
        advance(RoundStatus.MATCHING, RoundStatus.PUBLISHED);
    }

    public void start() {
        advance(RoundStatus.PUBLISHED, RoundStatus.RUNNING);
    }

    public void close() {
        advance(RoundStatus.RUNNING, RoundStatus.CLOSED);
    }

    private void advance(RoundStatus from, RoundStatus to) {
        if (status != from) {
            throw new IllegalStateException(
                    "Round '%s' cannot move to %s: it is %s, not %s".formatted(name, to, status, from));
        }
        status = to;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getName() {
        return name;
    }

    public RoundPeriod getPeriod() {
        return new RoundPeriod(startDate, endDate, intakeDeadline, preferencesDeadline, hostRankingDeadline);
    }

    public LocalDate getIntakeDeadline() {
        return intakeDeadline;
    }

    public LocalDate getHostRankingDeadline() {
        return hostRankingDeadline;
    }

    public ChoiceLimits getChoiceLimits() {
        return new ChoiceLimits(minChoices, maxChoices);
    }

    public LocalDate getPreferencesDeadline() {
        return preferencesDeadline;
    }

    public LocalDate getMidTermEvaluationOpens() {
        return midTermEvaluationOpens;
    }

    public LocalDate getFinalEvaluationOpens() {
        return finalEvaluationOpens;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public RoundStatus getStatus() {
        return status;
    }
}
