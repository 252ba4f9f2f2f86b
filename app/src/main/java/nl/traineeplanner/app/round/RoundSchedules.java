package nl.traineeplanner.app.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator plans cohorts and their rounds: a new cohort with one to three rounds, and changes to a round's name
 * and dates. Everything typed is checked before anything is written, and every problem is named on its field
 * ({@link ScheduleRefused}); what is stored is stored in one transaction, with the audit trail.
 *
 * <p>Beside the order of each round's own dates ({@link RoundPlan#problems()}), the rounds of a cohort follow one
 * another in sequence without overlapping, a published (running, closed) round keeps its start and end, and a change
 * names the version of the round it was made on.
 */
@Service
public class RoundSchedules {

    /** A traineeship has three rounds; a cohort made here has one to three. */
    public static final int MAX_ROUNDS = 3;

    /** As long as the database keeps a name. */
    public static final int MAX_NAME_LENGTH = 100;

    /** The first round of a new cohort starts, unless the coordinator says otherwise, this many months from now. */
    static final int MONTHS_UNTIL_FIRST_START = 9;

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final AuditTrail audit;
    private final Clock clock;

    RoundSchedules(CohortRepository cohorts, RoundRepository rounds, AuditTrail audit, Clock clock) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** A cohort just made, with its rounds in sequence. */
    public record NewCohort(Cohort cohort, List<Round> rounds) {}

    /** The rounds of the same cohort just before and just after a round, when there are any. */
    public record Neighbours(Optional<Round> previous, Optional<Round> next) {}

    /** The suggested start of a new cohort's first round: the first of the month, nine months from today. */
    public LocalDate suggestedFirstStart() {
        return LocalDate.now(clock).plusMonths(MONTHS_UNTIL_FIRST_START).withDayOfMonth(1);
    }

    /** The suggested name of a cohort whose first round starts that day: "Lichting" and the year, unless taken. */
    @Transactional(readOnly = true)
    public String suggestedName(LocalDate firstStart) {
        String name = "Lichting " + firstStart.getYear();
        return cohorts.existsByNameIgnoreCase(name) ? "" : name;
    }

    /** The suggested rounds of a new cohort; see {@link RoundPlan#suggested}. */
    public List<RoundPlan> suggest(LocalDate firstStart, int count) {
        if (count < 1 || count > MAX_ROUNDS) {
            throw new IllegalArgumentException("a cohort has 1 to " + MAX_ROUNDS + " rounds");
        }
        return RoundPlan.suggested(firstStart, count);
    }

    /**
     * Every problem of a new cohort, each on its field ({@code name}, {@code rounds}, {@code rounds[0].start}, ...): a
     * missing, too long or taken name, fewer than one or more than three rounds, the problems of each round, and a
     * round that does not start after the one before it ends.
     */
    @Transactional(readOnly = true)
    public List<ScheduleProblem> problemsOfNewCohort(String name, List<RoundPlan> plans) {
        List<ScheduleProblem> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            found.add(ScheduleProblem.of("name", "cohort.invalid.name.required"));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            found.add(ScheduleProblem.of("name", "cohort.invalid.name.length", MAX_NAME_LENGTH));
        } else if (cohorts.existsByNameIgnoreCase(name.strip())) {
            found.add(ScheduleProblem.of("name", "cohort.invalid.name.taken", name.strip()));
        }
        List<RoundPlan> list = plans == null ? List.of() : plans;
        if (list.isEmpty() || list.size() > MAX_ROUNDS) {
            found.add(ScheduleProblem.of("rounds", "cohort.invalid.rounds", MAX_ROUNDS));
        }
        for (int k = 0; k < list.size(); k++) {
            RoundPlan plan = list.get(k);
            String prefix = "rounds[" + k + "].";
            if (plan == null) {
                found.add(ScheduleProblem.of(null, "cohort.invalid.rounds", MAX_ROUNDS));
                continue;
            }
            plan.problems().stream().map(p -> p.within(prefix)).forEach(found::add);
            RoundPlan before = k == 0 ? null : list.get(k - 1);
            if (before != null
                    && before.end() != null
                    && plan.start() != null
                    && !plan.start().isAfter(before.end())) {
                found.add(ScheduleProblem.of(
                                "start",
                                "round.invalid.overlapsPrevious",
                                nameOr(before.name(), k),
                                ScheduleProblem.day(before.end()))
                        .within(prefix));
            }
        }
        return found;
    }

    /**
     * Makes the cohort and its rounds, in sequence and in intake, each with its evaluation days; refused as a whole
     * when {@link #problemsOfNewCohort} finds anything. Each round gets a line in the audit trail.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public NewCohort createCohort(String name, List<RoundPlan> plans, String username) {
        List<ScheduleProblem> problems = problemsOfNewCohort(name, plans);
        if (!problems.isEmpty()) {
            throw new ScheduleRefused(problems, false);
        }
        Cohort cohort;
        try {
            cohort = cohorts.saveAndFlush(new Cohort(name.strip()));
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new ScheduleRefused(
                    List.of(ScheduleProblem.of("name", "cohort.invalid.name.taken", name.strip())), false);
        }
        List<Round> made = new ArrayList<>();
        for (int k = 0; k < plans.size(); k++) {
            RoundPlan plan = plans.get(k).stripped();
            Round round = new Round(cohort, k + 1, plan.name(), plan.period());
            round.scheduleEvaluations(plan.midTermOrStandard(), plan.finalOrStandard());
            made.add(rounds.save(round));
        }
        for (Round round : made) {
            audit.record(
                    username,
                    AuditAction.COHORT_CREATED,
                    round.getId(),
                    AuditText.of(
                            "audit.detail.cohortCreated",
                            cohort.getName(),
                            round.getSequenceNumber(),
                            made.size(),
                            round.getName(),
                            ScheduleProblem.day(round.getStartDate()),
                            ScheduleProblem.day(round.getEndDate()),
                            ScheduleProblem.day(round.getIntakeDeadline()),
                            ScheduleProblem.day(round.getPreferencesDeadline()),
                            ScheduleProblem.day(round.getHostRankingDeadline())),
                    null);
        }
        return new NewCohort(cohort, List.copyOf(made));
    }

    /**
     * Every problem of changing the round to the plan, each on its field: the problems of the plan itself, a start or
     * end of a published (running, closed) round that moves, and an overlap with the round before or after it in its
     * cohort.
     */
    @Transactional(readOnly = true)
    public List<ScheduleProblem> problemsOfChange(Round round, RoundPlan typed) {
        RoundPlan plan = followingTheMove(round, typed);
        List<ScheduleProblem> found = new ArrayList<>(plan.problems());
        if (round.hasFixedPeriod()) {
            var status = new DefaultMessageSourceResolvable(
                    "roundStatus." + round.getStatus().name());
            if (plan.start() != null && !plan.start().equals(round.getStartDate())) {
                found.add(ScheduleProblem.of(
                        "start", "round.invalid.fixed", ScheduleProblem.day(round.getStartDate()), status));
            }
            if (plan.end() != null && !plan.end().equals(round.getEndDate())) {
                found.add(ScheduleProblem.of(
                        "end", "round.invalid.fixed", ScheduleProblem.day(round.getEndDate()), status));
            }
        }
        Neighbours neighbours = neighbours(round);
        neighbours.previous().ifPresent(previous -> {
            if (plan.start() != null && !plan.start().isAfter(previous.getEndDate())) {
                found.add(ScheduleProblem.of(
                        "start",
                        "round.invalid.overlapsPrevious",
                        previous.getName(),
                        ScheduleProblem.day(previous.getEndDate())));
            }
        });
        neighbours.next().ifPresent(next -> {
            if (plan.end() != null && !plan.end().isBefore(next.getStartDate())) {
                found.add(ScheduleProblem.of(
                        "end", "round.invalid.overlapsNext", next.getName(), ScheduleProblem.day(next.getStartDate())));
            }
        });
        return found;
    }

    /**
     * Changes the round's name, dates, deadlines and evaluation days to the plan, if the round is still the version
     * the coordinator read ({@code expectedVersion}) and {@link #problemsOfChange} finds nothing; refused as a whole
     * otherwise. When the start or end moves and the evaluation days were left as they were, they move back to their
     * standard days in the new period. What changed goes into the audit trail.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Round change(long roundId, long expectedVersion, RoundPlan typed, String username) {
        Round round = rounds.findById(roundId).orElseThrow();
        if (round.getVersion() != expectedVersion) {
            throw ScheduleRefused.changedSinceRead();
        }
        List<ScheduleProblem> problems = problemsOfChange(round, typed);
        if (!problems.isEmpty()) {
            throw new ScheduleRefused(problems, false);
        }
        RoundPlan plan = followingTheMove(round, typed).stripped();
        RoundPlan before = RoundPlan.of(round);
        round.rename(plan.name());
        round.reschedule(plan.period());
        round.scheduleEvaluations(plan.midTermOrStandard(), plan.finalOrStandard());
        String changes = changes(before, RoundPlan.of(round));
        if (changes.isEmpty()) {
            return round;
        }
        try {
            rounds.saveAndFlush(round);
        } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
            throw ScheduleRefused.changedSinceRead();
        }
        audit.record(username, AuditAction.ROUND_CHANGED, round.getId(), before.name() + ": " + changes, null);
        return round;
    }

    @Transactional(readOnly = true)
    public Neighbours neighbours(Round round) {
        List<Round> cohort =
                rounds.findByCohortIdOrderBySequenceNumber(round.getCohort().getId());
        Round previous = null;
        Round next = null;
        for (Round other : cohort) {
            if (other.getSequenceNumber() < round.getSequenceNumber()) {
                previous = other;
            } else if (other.getSequenceNumber() > round.getSequenceNumber() && next == null) {
                next = other;
            }
        }
        return new Neighbours(Optional.ofNullable(previous), Optional.ofNullable(next));
    }

    /**
     * The plan with the evaluation days left to the standard when the start or end moves and they were typed as they
     * are stored: the coordinator moved the round, not its evaluations.
     */
    private static RoundPlan followingTheMove(Round round, RoundPlan plan) {
        boolean moved = (plan.start() != null && !plan.start().equals(round.getStartDate()))
                || (plan.end() != null && !plan.end().equals(round.getEndDate()));
        if (!moved) {
            return plan;
        }
        return plan.withEvaluations(
                Objects.equals(plan.midTermEvaluationOpens(), round.getMidTermEvaluationOpens())
                        ? null
                        : plan.midTermEvaluationOpens(),
                Objects.equals(plan.finalEvaluationOpens(), round.getFinalEvaluationOpens())
                        ? null
                        : plan.finalEvaluationOpens());
    }

    /** What differs between two plans, in Dutch as the audit trail keeps it; empty when nothing does. */
    private static String changes(RoundPlan before, RoundPlan after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("naam \"%s\" → \"%s\"".formatted(before.name(), after.name()));
        }
        change(changed, "start", before, after, RoundPlan::start);
        change(changed, "einde", before, after, RoundPlan::end);
        change(changed, "deadline intake", before, after, RoundPlan::intakeDeadline);
        change(changed, "deadline voorkeuren", before, after, RoundPlan::preferencesDeadline);
        change(changed, "deadline rangschikken", before, after, RoundPlan::hostRankingDeadline);
        change(changed, "tussenevaluatie opent", before, after, RoundPlan::midTermEvaluationOpens);
        change(changed, "eindevaluatie opent", before, after, RoundPlan::finalEvaluationOpens);
        return String.join("; ", changed);
    }

    private static void change(
            List<String> changed, String label, RoundPlan before, RoundPlan after, Function<RoundPlan, LocalDate> day) {
        if (!day.apply(before).equals(day.apply(after))) {
            changed.add("%s %s → %s"
                    .formatted(label, ScheduleProblem.day(day.apply(before)), ScheduleProblem.day(day.apply(after))));
        }
    }

    private static String nameOr(String name, int index) {
        return name == null || name.isBlank() ? "Ronde " + index : name.strip();
    }
}
