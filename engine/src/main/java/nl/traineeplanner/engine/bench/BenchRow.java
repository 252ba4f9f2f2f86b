package nl.traineeplanner.engine.bench;

/**
 * One method's result on one instance, as the bench prints it.
 *
 * @param peakMegabytes estimated peak heap of the run, see {@link MemoryProbe}
 * @param allocatedMegabytes heap allocated by the run (-1 when the JVM cannot tell), see {@link MemoryProbe}
 * @param peakResidentMegabytes the process's peak resident set during the run, heap and native (-1 when
 *     unknown), see {@link MemoryProbe}
 * @param gapPercent for the optimiser (objective − bound) / objective, for a baseline (score − the optimiser's
 *     bound) / score, in percent; 0 when the score is 0
 * @param brokenRules offences against H1–H7 found by {@link nl.traineeplanner.engine.check.RuleChecker};
 *     0 for a usable plan
 */
public record BenchRow(
        String instance,
        int trainees,
        String method,
        long millis,
        double peakMegabytes,
        double allocatedMegabytes,
        double peakResidentMegabytes,
        long score,
        double firstChoiceShare,
        double topThreeShare,
        int worstRank,
        int unrankedPlacements,
        int blockingPairs,
        int unplaced,
        double gapPercent,
        boolean optimal,
        int brokenRules) {

    static double gapPercent(long score, long bound) {
        return score <= 0 ? 0 : 100.0 * (score - bound) / score;
    }
}
