package nl.traineeplanner.engine.explain;

/** Small helpers for the plain words the engine shows a coordinator. */
public final class Words {

    private Words() {}

    /** A number of kilometres without a needless ".0". */
    public static String km(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Dutch ordinal: 1e, 2e, 3e. */
    public static String ordinalNl(int n) {
        return n + "e";
    }

    /** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
    public static String ordinalEn(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
