package nl.traineeplanner.app.audit;

/**
 * The one rule for text the planner writes into files people open in a spreadsheet (the audit trail's CSV, the plan's
 * Excel file): a text that starts with {@code = + - @}, a tab or a carriage return would be run as a formula, so it is
 * written as text. It lives here, in the package every export may use, because the audit trail depends on nothing else.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** Whether Excel (or another spreadsheet) would run this text as a formula when it is typed or read as CSV. */
    public static boolean looksLikeAFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** The text for a CSV cell: with a leading apostrophe when it looks like a formula, so it is shown, never run. */
    public static String inert(String value) {
        return looksLikeAFormula(value) ? "'" + value : value;
    }
}
