package nl.traineeplanner.engine.bench;

/**
 * The optimiser's result on one generated instance of a family, beside deferred acceptance's plan, as {@code bench
 * --families} prints it.
 *
 * @param optimal the optimiser proved its plan optimal (status OPTIMAL, otherwise FEASIBLE)
 * @param gapPercent (objective − bound) / objective in percent, 0 when the objective is 0
 * @param limitSeconds the optimiser's time limit
 * @param cpuMillis processor time the whole process used during the optimiser's run, all threads (-1 when
 *     unknown): on a machine shared with other work, far below {@code millis} shows the solve got little of it
 * @param peakResidentMegabytes the process's peak resident set during the optimiser's run, heap and native (-1 when
 *     unknown), see {@link MemoryProbe}
 * @param peakHeapMegabytes estimated peak heap of the optimiser's run, see {@link MemoryProbe}
 * @param deferredAcceptance deferred acceptance's score on the same instance
 * @param improvementPercent (deferred acceptance − objective) / deferred acceptance in percent: how much better the
 *     plan is than the baseline (negative when worse)
 * @param brokenRules offences against H1–H7 of the optimiser's and of deferred acceptance's plan together, found by
 *     {@link nl.traineeplanner.engine.check.RuleChecker}; 0 when both plans keep every rule
 */
public record FamilyRow(
        String family,
        int trainees,
        long seed,
        boolean optimal,
        long objective,
        long bound,
        double gapPercent,
        long millis,
        long limitSeconds,
        long cpuMillis,
        double peakResidentMegabytes,
        double peakHeapMegabytes,
        long deferredAcceptance,
        double improvementPercent,
        int brokenRules) {

    public String status() {
        return optimal ? "OPTIMAL" : "FEASIBLE";
    }

    static double improvementPercent(long baseline, long objective) {
        return baseline <= 0 ? 0 : 100.0 * (baseline - objective) / baseline;
    }
}
