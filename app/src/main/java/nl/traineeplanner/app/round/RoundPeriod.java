package nl.traineeplanner.app.round;

import java.time.LocalDate;
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
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a round cannot end before it starts");
        }
        if (preferencesDeadline.isBefore(intakeDeadline)) {
            throw new IllegalArgumentException("preferences cannot close before the intake does");
        }
        if (!preferencesDeadline.isBefore(start)) {
            throw new IllegalArgumentException("preferences must close before the round starts");
        }
        if (hostRankingDeadline.isBefore(preferencesDeadline)) {
            throw new IllegalArgumentException("host rankings cannot close before the preferences do");
        }
        if (!hostRankingDeadline.isBefore(start)) {
            throw new IllegalArgumentException("host rankings must close before the round starts");
        }
    }

    /** A period whose host rankings close a week after the preferences, or the day before the start if that is sooner. */
    public RoundPeriod(LocalDate start, LocalDate end, LocalDate intakeDeadline, LocalDate preferencesDeadline) {
        this(start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline(start, preferencesDeadline));
    }

    private static LocalDate hostRankingDeadline(LocalDate start, LocalDate preferencesDeadline) {
        LocalDate weekLater = preferencesDeadline.plusDays(HOST_RANKING_DAYS);
        LocalDate dayBeforeStart = start.minusDays(1);
        return weekLater.isBefore(dayBeforeStart) ? weekLater : dayBeforeStart;
    }
}
