package nl.traineeplanner.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.CostBreakdown;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.plan.Plan;

/** The outcome of {@code check}: broken rules, and the recomputed cost beside the plan's stated figures. */
final class CheckReport {

    private static final String ABSENT = "-";

    private final List<Violation> violations;
    private final CostBreakdown recomputed;
    private final Plan plan;

    CheckReport(List<Violation> violations, CostBreakdown recomputed, Plan plan) {
        this.violations = violations;
        this.recomputed = recomputed;
        this.plan = plan;
    }

    /** Number of stated figures (cost terms and objective) that differ from the recomputed ones. */
    int differences() {
        int differing = 0;
        for (Map.Entry<String, Long> term : recomputed.asMap().entrySet()) {
            Long stated = plan.cost().get(term.getKey());
            if (stated != null && !stated.equals(term.getValue())) {
                differing++;
            }
        }
        if (plan.objective() != null && plan.objective() != recomputed.total()) {
            differing++;
        }
        return differing;
    }

    boolean allFine() {
        return violations.isEmpty() && differences() == 0;
    }

    void print(PrintWriter out, String planName, String instanceName) {
        out.println("Plan " + planName + " voor / for " + instanceName + ": "
                + plan.placements().size() + " plaatsingen / placements");
        if (plan.status() != null || plan.bound() != null) {
            out.println("Volgens het plan / according to the plan: status "
                    + (plan.status() == null ? ABSENT : plan.status()) + ", ondergrens / bound "
                    + (plan.bound() == null ? ABSENT : plan.bound()));
        }
        out.println();
        if (violations.isEmpty()) {
            out.println("Harde regels / hard rules: alle regels gehouden / every rule kept (H1-H7)");
        } else {
            out.println("Harde regels / hard rules: " + violations.size() + " overtreding(en) / violation(s)");
            for (Violation v : violations) {
                out.println("  " + v.rule() + "  " + v.dutch());
                out.println("      " + v.english());
            }
        }
        out.println();
        out.printf("%-28s %12s %12s%n", "Kosten / cost", "herberekend", "in plan");
        out.printf("%-28s %12s %12s%n", "", "recomputed", "stated");
        for (Map.Entry<String, Long> term : recomputed.asMap().entrySet()) {
            line(out, term.getKey(), term.getValue(), plan.cost().get(term.getKey()));
        }
        line(out, "totaal / objective", recomputed.total(), plan.objective());
        out.println();
        int differing = differences();
        if (allFine()) {
            out.println("Uitkomst / result: in orde / all fine");
        } else {
            out.println("Uitkomst / result: " + violations.size() + " overtreding(en) / violation(s), " + differing
                    + " afwijkend(e) getal(len) / differing figure(s)");
        }
    }

    private static void line(PrintWriter out, String name, long recomputed, Long stated) {
        String mark = stated != null && stated != recomputed ? "   <- wijkt af / differs" : "";
        out.printf("  %-26s %12d %12s%s%n", name, recomputed, stated == null ? ABSENT : String.valueOf(stated), mark);
    }
}
