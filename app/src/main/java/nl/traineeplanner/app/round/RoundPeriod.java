package nl.traineeplanner.app.round;

import java.time.LocalDate;
import java.util.Objects;

/** The dates of a round: intake closes first, then preferences, before the round starts. */
public record RoundPeriod(LocalDate start, LocalDate end, LocalDate intakeDeadline, LocalDate preferencesDeadline) {

    public RoundPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(intakeDeadline, "intakeDeadline");
        Objects.requireNonNull(preferencesDeadline, "preferencesDeadline");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a round cannot end before it starts");
        }
        if (preferencesDeadline.isBefore(intakeDeadline)) {
            throw new IllegalArgumentException("preferences cannot close before the intake does");
        }
        if (!preferencesDeadline.isBefore(start)) {
            throw new IllegalArgumentException("preferences must close before the round starts");
        }
    }
}
