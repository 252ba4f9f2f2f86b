package nl.traineeplanner.engine.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.solve.Optimiser;

/**
 * {@code bench --families}: generates an instance per family, size and seed, has the engine's reader validate it
 * (written out and read back), solves it, runs deferred acceptance beside it, checks both plans against every
 * rule, and prints one line per instance in one table.
 */
final class FamilyBench {

    private static final String HEADER_FORMAT = "%-11s %6s %5s %-9s %11s %11s %7s %15s %6s %8s %11s %8s %7s%n";
    private static final String ROW_FORMAT = "%-11s %6d %5d %-9s %11d %11d %6.2f%% %15s %6s %8s %11d %7.2f%% %7d%n";

    private FamilyBench() {}

    /** The instance of that family, size and seed, as the engine's reader accepts it. */
    static Instance validInstance(InstanceFamily family, int size, long seed) {
        Instance generated = InstanceGenerator.generate(family, size, seed);
        String name = family.name() + "-" + size + "-seed" + seed + ".json";
        // throws InvalidInputException (exit code 2) with every problem when the reader refuses it
        Instance read = InstanceReader.read(InstanceWriter.toJson(generated), name);
        if (!read.equals(generated)) {
            throw new IllegalStateException(name + " does not read back as generated");
        }
        return read;
    }

    /** Solves one instance of the family and measures it beside deferred acceptance. */
    static FamilyRow run(InstanceFamily family, int size, long seed, Duration limit) {
        Problem problem = new Problem(validInstance(family, size, seed));
        Optimiser.Options options = new Optimiser.Options(limit, Optimiser.ProgressListener.NONE);
        long cpuBefore = processCpuNanos();
        MemoryProbe.Measured<Optimiser.Result> solved = MemoryProbe.measure(() -> Optimiser.solve(problem, options));
        long cpuAfter = processCpuNanos();
        Optimiser.Result result = solved.value();
        List<Placement> deferred = DeferredAcceptance.plan(problem);
        long objective = Scorer.score(problem, result.placements()).total();
        long baseline = Scorer.score(problem, deferred).total();
        int broken = RuleChecker.check(problem, result.placements()).size()
                + RuleChecker.check(problem, deferred).size();
        return new FamilyRow(
                family.name(),
                problem.traineeCount(),
                seed,
                result.optimal(),
                objective,
                result.bound(),
                BenchRow.gapPercent(objective, result.bound()),
                solved.millis(),
                limit.toSeconds(),
                cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1_000_000,
                solved.peakResidentMegabytes(),
                solved.peakMegabytes(),
                baseline,
                FamilyRow.improvementPercent(baseline, objective),
                broken);
    }

    /** Processor time of the whole process so far, or -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static void printHeader(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                HEADER_FORMAT,
                "family",
                "size",
                "seed",
                "status",
                "objective",
                "bound",
                "gap",
                "time used/given",
                "CPU s",
                "RSS MB",
                "deferred",
                "better",
                "broken");
        out.flush();
    }

    static void printRow(PrintWriter out, FamilyRow row) {
        out.printf(
                Locale.ROOT,
                ROW_FORMAT,
                row.family(),
                row.trainees(),
                row.seed(),
                row.status(),
                row.objective(),
                row.bound(),
                row.gapPercent(),
                String.format(Locale.ROOT, "%.1f / %d s", row.millis() / 1000.0, row.limitSeconds()),
                row.cpuMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", row.cpuMillis() / 1000.0),
                row.peakResidentMegabytes() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", row.peakResidentMegabytes()),
                row.deferredAcceptance(),
                row.improvementPercent(),
                row.brokenRules());
        out.flush();
    }

    static void printFooter(PrintWriter out, List<FamilyRow> rows) {
        long broken = rows.stream().mapToLong(FamilyRow::brokenRules).sum();
        long worse = rows.stream()
                .filter(r -> r.objective() > r.deferredAcceptance())
                .count();
        out.println();
        out.println(
                broken == 0
                        ? "Every plan keeps every rule (the engine's rule checker, H1-H7)."
                        : "RULES BROKEN: " + broken + " offences against H1-H7 in the plans above.");
        out.printf(Locale.ROOT, "Plans worse than deferred acceptance: %d of %d.%n", worse, rows.size());
        out.println("gap: (objective - bound) / objective; CPU s: processor time of the whole JVM during the"
                + " optimiser's run (far below the time used when the machine is busy with other work);");
        out.println("RSS MB: peak resident set of the whole JVM during the optimiser's run (Linux only);");
        out.println("deferred: deferred acceptance's score; better: (deferred - objective) / deferred; broken:"
                + " offences against H1-H7 of the optimiser's and deferred acceptance's plans (must be 0).");
        out.flush();
    }
}
