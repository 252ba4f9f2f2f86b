package nl.traineeplanner.engine.plan;

import nl.traineeplanner.engine.io.JsonFields;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan's {@code summary} object: the counts of {@link PlanMetrics}, and for the reader of the file the shares
 * they give. Only the counts are read back; the shares follow from them.
 */
final class SummaryJson {

    private SummaryJson() {}

    static void write(ObjectNode n, PlanMetrics m) {
        n.put("firstChoiceShare", rounded(m.firstChoiceShare()));
        n.put("topThreeShare", rounded(m.topThreeShare()));
        n.put("rankedPairs", m.rankedPairs());
        n.put("firstChoice", m.firstChoice());
        n.put("topThree", m.topThree());
        n.put("worstRank", m.worstRank());
        n.put("unrankedPlacements", m.unrankedPlacements());
        n.put("unplacedPairs", m.unplacedPairs());
        n.put("unfilledPlaces", m.unfilledPlaces());
        n.put("blockingPairs", m.blockingPairs());
    }

    /** Reads the counts; a missing count is 0. */
    static PlanMetrics read(JsonFields f) {
        return new PlanMetrics(
                count(f, "rankedPairs"),
                count(f, "firstChoice"),
                count(f, "topThree"),
                count(f, "worstRank"),
                count(f, "unrankedPlacements"),
                count(f, "unplacedPairs"),
                count(f, "unfilledPlaces"),
                count(f, "blockingPairs"));
    }

    private static int count(JsonFields f, String field) {
        return (int) f.wholeNumber(field, 0, 0, Integer.MAX_VALUE);
    }

    /** Four decimals are plenty for a share, and keep the file readable. */
    static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
