package nl.traineeplanner.app.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a round: intake closes first, then the trainees' preferences, then the hosts' rankings of their
 * candidates, all before the round starts.
 */
public record RoundPeriod(
        LocalDate start,
        LocalDate end,
        LocalDate intakeDeadline,
        LocalDate preferencesDeadline,
        LocalDate hostRankingDeadline) {

    /** Hosts rank their candidates in the week after the preferences close, unless the round starts sooner. */
    static final int HOST_RANKING_DAYS = 7;

    public RoundPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(intakeDeadline, "intakeDeadline");
        Objects.requireNonNull(preferencesDeadline, "preferencesDeadline");
        Objects.requireNonNull(hostRankingDeadline, "hostRankingDeadline");
        List<ScheduleProblem> problems = problems(start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the dates of a round are out of order: "
                    + problems.stream().map(ScheduleProblem::code).toList());
        }
    }

    /**
     * Every rule about the order of the dates that they break, each on the field it is told on: the round cannot end
     * before it starts; preferences close on or after the intake and before the start; host rankings close on or after
     * the preferences and before the start. A missing date breaks no rule here (it is missing).
     */
    public static List<ScheduleProblem> problems(
            LocalDate start,
            LocalDate end,
            LocalDate intakeDeadline,
            LocalDate preferencesDeadline,
            LocalDate hostRankingDeadline) {
        List<ScheduleProblem> found = new ArrayList<>();
        if (start != null && end != null && end.isBefore(start)) {
            found.add(ScheduleProblem.of("end", "round.invalid.endBeforeStart"));
        }
        if (intakeDeadline != null && preferencesDeadline != null && preferencesDeadline.isBefore(intakeDeadline)) {
            found.add(ScheduleProblem.of(
                    "preferencesDeadline",
                    "round.invalid.preferencesBeforeIntake",
                    ScheduleProblem.day(intakeDeadline)));
        }
        if (preferencesDeadline != null && start != null && !preferencesDeadline.isBefore(start)) {
            found.add(ScheduleProblem.of(
                    "preferencesDeadline", "round.invalid.preferencesNotBeforeStart", ScheduleProblem.day(start)));
        }
        if (hostRankingDeadline != null
                && preferencesDeadline != null
                && hostRankingDeadline.isBefore(preferencesDeadline)) {
            found.add(ScheduleProblem.of(
                    "hostRankingDeadline",
                    "round.invalid.rankingBeforePreferences",
                    ScheduleProblem.day(preferencesDeadline)));
        }
        if (hostRankingDeadline != null && start != null && !hostRankingDeadline.isBefore(start)) {
            found.add(ScheduleProblem.of(
                    "hostRankingDeadline", "round.invalid.rankingNotBeforeStart", ScheduleProblem.day(start)));
        }
        return found;
    }

    /** A period whose host rankings close a week after the preferences, or the day before the start if that is sooner. */
    public RoundPeriod(LocalDate start, LocalDate end, LocalDate intakeDeadline, LocalDate preferencesDeadline) {
        this(start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline(start, preferencesDeadline));
    }

    /** The standard host ranking deadline for these dates; see {@link #RoundPeriod(LocalDate, LocalDate, LocalDate, LocalDate)}. */
    public static LocalDate hostRankingDeadline(LocalDate start, LocalDate preferencesDeadline) {
        LocalDate weekLater = preferencesDeadline.plusDays(HOST_RANKING_DAYS);
        LocalDate dayBeforeStart = start.minusDays(1);
        return weekLater.isBefore(dayBeforeStart) ? weekLater : dayBeforeStart;
    }
}
