package nl.traineeplanner.app.importexport;

import java.util.List;

/**
 * One reason a spreadsheet or CSV file of trainees, host users or assignments is not imported, with where it is: the
 * file as a whole (row 0), a row, or one cell of a row. The reason is a message key with its arguments, to be put into
 * words in the user's language.
 *
 * @param row the row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param cell the cell, such as {@code C4}; null for the row or the file as a whole
 * @param column the column's header as the file has it; null when the problem is not about one column
 */
public record SheetProblem(int row, String cell, String column, String messageKey, List<Object> arguments) {

    public SheetProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static SheetProblem ofFile(String messageKey, Object... arguments) {
        return new SheetProblem(0, null, null, messageKey, List.of(arguments));
    }

    static SheetProblem ofCell(int row, String cell, String column, String messageKey, Object... arguments) {
        return new SheetProblem(row, cell, column, messageKey, List.of(arguments));
    }

    public boolean aboutFile() {
        return row == 0;
    }
}
