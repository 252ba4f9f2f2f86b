package nl.traineeplanner.engine.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints bench rows as a plain-text table, one block per instance. */
final class BenchTable {

    private static final String HEADER_FORMAT = "%-20s %9s %8s %9s %8s %14s %7s %7s %6s %8s %9s %8s %7s%n";
    private static final String ROW_FORMAT =
            "%-20s %9d %8.1f %9.1f %8.0f %14d %6.1f%% %6.1f%% %6s %8d %9d %7.2f%% %7d%n";

    private BenchTable() {}

    static void printHeader(PrintWriter out, String instance, String description) {
        out.printf(Locale.ROOT, "%n== %s: %s%n", instance, description);
        out.printf(
                Locale.ROOT,
                HEADER_FORMAT,
                "method",
                "time ms",
                "peak MB",
                "alloc MB",
                "RSS MB",
                "score",
                "first",
                "top 3",
                "worst",
                "blocking",
                "unplaced",
                "gap",
                "broken");
    }

    static void printRows(PrintWriter out, List<BenchRow> rows) {
        for (BenchRow row : rows) {
            String worst = row.worstRank() == 0 ? "-" : String.valueOf(row.worstRank());
            out.printf(
                    Locale.ROOT,
                    ROW_FORMAT,
                    row.method() + (row.optimal() ? " *" : ""),
                    row.millis(),
                    row.peakMegabytes(),
                    row.allocatedMegabytes(),
                    row.peakResidentMegabytes(),
                    row.score(),
                    100 * row.firstChoiceShare(),
                    100 * row.topThreeShare(),
                    worst,
                    row.blockingPairs(),
                    row.unplaced(),
                    row.gapPercent(),
                    row.brokenRules());
        }
        out.flush();
    }

    static void printLegend(PrintWriter out) {
        out.println();
        out.println("first/top 3: share of (trainee, round) pairs with a ranked choice placed at the first/a top-3"
                + " choice; worst: largest rank given (an unranked placement counts as choices + 1);");
        out.println("gap: optimiser (objective - bound) / objective, baselines (score - optimiser's bound) / score;"
                + " * = proven optimal; broken: offences against H1-H7 (must be 0);");
        out.println("peak MB: sum of the heap pools' peak use during the run minus the heap in use before it"
                + " (after a GC): an upper estimate, coarse for small runs;");
        out.println("alloc MB: heap the run allocated on the calling thread; RSS MB: peak resident set of the"
                + " whole JVM during the run (heap and native, Linux only; -1 when unknown).");
        out.flush();
    }
}
