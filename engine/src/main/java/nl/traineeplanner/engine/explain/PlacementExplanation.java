package nl.traineeplanner.engine.explain;

import java.util.List;

/**
 * What one placement costs, term by term, in words.
 *
 * @param pinned whether the coordinator fixed this placement
 * @param cost preference + host + travel of the placement, plus the domain repeat it causes
 * @param terms one line per cost term that applies
 */
public record PlacementExplanation(
        String trainee, String round, String assignment, boolean pinned, long cost, List<Text> terms) {

    public PlacementExplanation {
        terms = List.copyOf(terms);
    }
}
