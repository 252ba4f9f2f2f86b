package nl.traineeplanner.app.preference;

import java.util.List;

/**
 * Why a ranked list was not stored, as a message key with its arguments. {@code index} is the line of the list it is
 * about (from 0), or -1 for the list as a whole; {@code field} is the line's field ({@code assignment},
 * {@code motivation} or {@code trainee}), or null.
 */
public record ListProblem(int index, String field, String code, List<Object> arguments) {

    public ListProblem {
        arguments = List.copyOf(arguments);
    }

    static ListProblem ofList(String code, Object... arguments) {
        return new ListProblem(-1, null, code, List.of(arguments));
    }

    static ListProblem ofLine(int index, String field, String code, Object... arguments) {
        return new ListProblem(index, field, code, List.of(arguments));
    }

    public boolean aboutTheList() {
        return index < 0;
    }
}
