package nl.traineeplanner.engine.baseline;

import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Problem;

/**
 * Remembers one trainee's travel cost per organisation while many of its assignments are looked at: most
 * assignments are done at their organisation's location, so the distance is computed once per place of work
 * rather than once per assignment. The cost itself always comes from {@link Problem#travelCost}.
 */
final class TravelCache {

    private final Problem problem;
    private final Location[] location; // [organisation] the location the cached cost is for
    private final long[] cost; // [organisation]
    private final int[] stamp; // [organisation] the lookup the entry belongs to
    private int trainee = -1;
    private int current;

    TravelCache(Problem problem) {
        this.problem = problem;
        location = new Location[problem.organisationCount()];
        cost = new long[problem.organisationCount()];
        stamp = new int[problem.organisationCount()];
    }

    /** Starts a lookup for trainee t, forgetting what was cached for anyone else. */
    void forTrainee(int t) {
        trainee = t;
        current++;
    }

    long cost(int a) {
        int o = problem.organisationOf(a);
        Location at = problem.locationOf(a);
        if (stamp[o] == current && location[o] == at) {
            return cost[o];
        }
        stamp[o] = current;
        location[o] = at;
        cost[o] = problem.travelCost(trainee, a);
        return cost[o];
    }
}
