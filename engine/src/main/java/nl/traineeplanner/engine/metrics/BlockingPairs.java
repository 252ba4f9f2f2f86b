package nl.traineeplanner.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.engine.IndexedPlan;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;

/**
 * Finds the blocking pairs of a plan: a trainee t, round r and assignment a such that t and the host of a
 * would both rather be together in r than keep the plan. The plan is then not stable, and t has a grievance
 * the coordinator should be able to explain.
 *
 * <p>(t, r, a) blocks when t is not placed at a in r, and
 *
 * <ul>
 *   <li>the placement is allowed for t on its own ({@link Problem#allowed}) and a's organisation differs from
 *       those of t's placements in the other rounds (H4);
 *   <li>t strictly prefers a: a is ranked for r and better than t's current placement in r, or t is unplaced
 *       or placed at an assignment it did not rank;
 *   <li>the host would rather have t: a has a free place in r, or the host's list for a ranks t above at least
 *       one trainee placed at a in r (a trainee missing from a non-empty list ranks below every listed one; a
 *       host without a list only takes t into a free place).
 * </ul>
 *
 * Pins are fixed by the coordinator, so a pinned trainee neither blocks from its pinned round nor counts as
 * a trainee a host could swap out.
 */
public final class BlockingPairs {

    private static final int UNRANKED = Integer.MAX_VALUE;

    private BlockingPairs() {}

    /** The distinct blocking (trainee, round, assignment) triples, in trainee, round, preference order. */
    public static List<Placement> find(Problem problem, List<Placement> placements) {
        return find(problem, new IndexedPlan(problem, placements));
    }

    static List<Placement> find(Problem problem, IndexedPlan plan) {
        int[][] worstSwappable = worstSwappableHostRank(problem, plan);
        List<Placement> blocking = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (!problem.traineeInRound(t, r) || plan.pinned(t, r)) {
                    continue;
                }
                int current = plan.assignmentOf(t, r);
                int currentRank = current < 0 ? 0 : problem.preferenceRank(t, r, current);
                int[] ranked = problem.ranked(t, r);
                int better = currentRank == 0 ? ranked.length : currentRank - 1;
                for (int i = 0; i < better; i++) {
                    int a = ranked[i];
                    if (traineeWouldMove(problem, plan, t, r, a)
                            && hostWouldTake(problem, plan, worstSwappable, t, r, a)) {
                        blocking.add(new Placement(
                                problem.trainee(t).id(),
                                problem.round(r).id(),
                                problem.assignment(a).id()));
                    }
                }
            }
        }
        return blocking;
    }

    private static boolean traineeWouldMove(Problem problem, IndexedPlan plan, int t, int r, int a) {
        return problem.allowed(t, r, a) && plan.otherRoundAtOrganisation(t, r, a) < 0;
    }

    private static boolean hostWouldTake(
            Problem problem, IndexedPlan plan, int[][] worstSwappable, int t, int r, int a) {
        if (problem.withinCapacity(a, plan.taken(a, r) + 1)) {
            return true;
        }
        int rank = problem.hostRank(a, t);
        return rank > 0 && rank < worstSwappable[a][r];
    }

    /** Per assignment and round, the worst host rank among its non-pinned trainees (UNRANKED if unlisted), 0 if none. */
    private static int[][] worstSwappableHostRank(Problem problem, IndexedPlan plan) {
        int[][] worst = new int[problem.assignmentCount()][problem.roundCount()];
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                int a = plan.assignmentOf(t, r);
                if (a < 0 || plan.pinned(t, r)) {
                    continue;
                }
                int rank = problem.hostRank(a, t);
                worst[a][r] = Math.max(worst[a][r], rank == 0 ? UNRANKED : rank);
            }
        }
        return worst;
    }
}
