package nl.traineeplanner.engine.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * Greedy serial dictatorship in random order, the way placement is done by hand: round by round in the order
 * of the instance, trainees in a random order each take their best remaining choice for the round. A trainee
 * none of whose choices is still open takes the free assignment that costs least for it (placement cost plus
 * its domain and programme effect). Pins are placed first; every hard rule is kept, so some trainees may stay
 * unplaced.
 */
public final class SerialDictatorship {

    private SerialDictatorship() {}

    /** The plan for the given seed; the same problem and seed give the same plan. */
    public static List<Placement> plan(Problem problem, long seed) {
        PartialPlan plan = new PartialPlan(problem);
        plan.placePins();
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>(
                IntStream.range(0, problem.traineeCount()).boxed().toList());
        for (int r = 0; r < problem.roundCount(); r++) {
            Collections.shuffle(order, random);
            for (int t : order) {
                if (!plan.open(t, r)) {
                    continue;
                }
                int a = bestRankedOpen(problem, plan, t, r);
                if (a < 0) {
                    a = plan.cheapestFree(t, r);
                }
                if (a >= 0) {
                    plan.place(t, r, a);
                }
            }
        }
        return plan.placements();
    }

    private static int bestRankedOpen(Problem problem, PartialPlan plan, int t, int r) {
        for (int a : problem.ranked(t, r)) {
            if (plan.canTake(t, r, a)) {
                return a;
            }
        }
        return -1;
    }
}
