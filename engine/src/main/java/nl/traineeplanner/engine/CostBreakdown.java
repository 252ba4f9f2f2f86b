package nl.traineeplanner.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The named cost terms of the spec; their sum is the plan's objective. */
public record CostBreakdown(
        long preference,
        long host,
        long travel,
        long domainRepeat,
        long programmeMissing,
        long unplaced,
        long unfilled,
        long fairness) {

    public long total() {
        return preference + host + travel + domainRepeat + programmeMissing + unplaced + unfilled + fairness;
    }

    /** The terms by their spec names, in the spec's order. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("preference", preference);
        m.put("host", host);
        m.put("travel", travel);
        m.put("domainRepeat", domainRepeat);
        m.put("programmeMissing", programmeMissing);
        m.put("unplaced", unplaced);
        m.put("unfilled", unfilled);
        m.put("fairness", fairness);
        return m;
    }
}
