package nl.traineeplanner.engine.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.CostBreakdown;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.explain.Text;

/**
 * The answer to "what does it cost to give this trainee that assignment in that round?".
 *
 * @param forced the placement asked about
 * @param previous the trainee's assignment in that round in the base plan, null when it was unplaced there
 * @param refusals why the placement cannot be forced (broken hard rules against the data or the pins); empty when it
 *     can, and then the other fields describe the re-solved plan
 * @param baseCost the base plan's cost, recomputed by the scorer
 * @param forcedCost the cost of the best plan found with the placement pinned; null when refused
 * @param baseOptimal whether the base plan is proven optimal
 * @param forcedOptimal whether the what-if plan is proven optimal (false when refused); only when both are does the
 *     difference measure the true price of the placement
 * @param moves every other (trainee, round) pair whose placement changes, in trainee and round order of the instance
 * @param placements the what-if plan's placements; empty when refused
 */
public record WhatIfResult(
        Placement forced,
        String previous,
        List<Text> refusals,
        CostBreakdown baseCost,
        CostBreakdown forcedCost,
        boolean baseOptimal,
        boolean forcedOptimal,
        List<Move> moves,
        List<Placement> placements) {

    public WhatIfResult {
        refusals = List.copyOf(refusals);
        moves = List.copyOf(moves);
        placements = List.copyOf(placements);
    }

    /** Whether the placement keeps H1–H6 against the data and the pins, so that a plan with it exists. */
    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** What-if total − base total in points (positive: the placement costs extra); null when refused. */
    public Long delta() {
        return forcedCost == null ? null : forcedCost.total() - baseCost.total();
    }

    /** Per cost term, in the spec's order: what-if − base; empty when refused. */
    public Map<String, Long> deltaPerTerm() {
        Map<String, Long> delta = new LinkedHashMap<>();
        if (forcedCost != null) {
            Map<String, Long> base = baseCost.asMap();
            forcedCost.asMap().forEach((term, value) -> delta.put(term, value - base.get(term)));
        }
        return delta;
    }
}
