package nl.traineeplanner.app.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Why a cohort or a round was not stored as typed, as a message key with its arguments. {@code field} names the input
 * it is about, as in the forms and the API ({@code start}, {@code rounds[1].preferencesDeadline}), or is null for the
 * whole form.
 */
public record ScheduleProblem(String field, String code, List<Object> arguments) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    public ScheduleProblem {
        arguments = List.copyOf(arguments);
    }

    static ScheduleProblem of(String field, String code, Object... arguments) {
        return new ScheduleProblem(field, code, List.of(arguments));
    }

    /** The same problem about the field within a list item, such as {@code rounds[0].}. */
    ScheduleProblem within(String prefix) {
        return new ScheduleProblem(field == null ? null : prefix + field, code, arguments);
    }

    /** A day as the messages show it, the same in Dutch and English. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
