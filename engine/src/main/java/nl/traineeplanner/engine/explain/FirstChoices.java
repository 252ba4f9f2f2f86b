package nl.traineeplanner.engine.explain;

import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.FirstChoiceExplanation.Reason;

/**
 * Why a trainee did not get its first choice in a round: the rule that forbids it, or who holds the place and what
 * giving it to this trainee would cost the whole plan, computed by scoring the changed plan. The results carry the
 * ids and figures; {@link FirstChoiceWords} makes the sentences.
 */
final class FirstChoices {

    private FirstChoices() {}

    /** The explanation for trainee t in round r, or null when t got its first choice or ranked nothing there. */
    static FirstChoiceExplanation explain(PlanView plan, int t, int r) {
        Problem problem = plan.problem;
        int[] ranked = problem.ranked(t, r);
        if (!problem.traineeInRound(t, r) || ranked.length == 0 || plan.assignmentOf(t, r) == ranked[0]) {
            return null;
        }
        int first = ranked[0];
        int current = plan.assignmentOf(t, r);
        if (current >= 0 && plan.pinned(t, r, current)) {
            return result(plan, t, r, first, Reason.PINNED_HERE, -1, Rule.H7, null, -1, -1);
        }
        Rule forbidden = problem.whyNotAllowed(t, r, first);
        if (forbidden != null) {
            return result(plan, t, r, first, Reason.FORBIDDEN, -1, forbidden, null, first, -1);
        }
        int otherRound = plan.otherRoundAtOrganisation(t, r, first);
        if (otherRound >= 0) {
            return result(plan, t, r, first, Reason.ORGANISATION_IN_OTHER_ROUND, -1, Rule.H4, null, first, otherRound);
        }
        var holders = plan.holders(first, r);
        if (problem.withinCapacity(first, holders.size() + 1)) {
            long extra = plan.totalWithMove(t, r, first) - plan.total;
            return result(plan, t, r, first, Reason.ROOM, -1, null, extra, -1, -1);
        }
        return bestSwap(plan, t, r, first);
    }

    /** Of the trainees holding the first choice, the one whose swap costs least; else why no swap is possible. */
    private static FirstChoiceExplanation bestSwap(PlanView plan, int t, int r, int first) {
        Problem problem = plan.problem;
        FirstChoiceExplanation best = null;
        FirstChoiceExplanation blocked = null;
        int current = plan.assignmentOf(t, r);
        for (int h : plan.holders(first, r)) {
            if (plan.pinned(h, r, first)) {
                if (blocked == null) {
                    blocked = result(plan, t, r, first, Reason.PINNED_FOR_HOLDER, h, Rule.H7, null, -1, -1);
                }
                continue;
            }
            if (current >= 0) {
                // the holder takes t's place: the rules for h at t's assignment, given h's other rounds
                Rule single = problem.whyNotAllowed(h, r, current);
                int otherRound = single != null ? -1 : plan.otherRoundAtOrganisation(h, r, current);
                if (single != null || otherRound >= 0) {
                    if (blocked == null) {
                        blocked = result(
                                plan,
                                t,
                                r,
                                first,
                                Reason.SWAP_FORBIDDEN,
                                h,
                                single != null ? single : Rule.H4,
                                null,
                                current,
                                otherRound);
                    }
                    continue;
                }
            }
            long extra = plan.totalWithSwap(t, h, r, first) - plan.total;
            if (best == null || extra < best.extraCost()) {
                best = result(plan, t, r, first, Reason.SWAP, h, null, extra, -1, -1);
            }
        }
        return best != null ? best : blocked;
    }

    /**
     * The explanation's fields.
     *
     * @param holder the trainee holding the first choice, or -1
     * @param about the assignment whose organisation (and distance) the rule is about, or -1
     * @param otherRound the round of H4 between placements, or -1
     */
    private static FirstChoiceExplanation result(
            PlanView plan,
            int t,
            int r,
            int first,
            Reason reason,
            int holder,
            Rule rule,
            Long extra,
            int about,
            int otherRound) {
        Problem problem = plan.problem;
        Placement wanted = plan.placement(t, r, first);
        // the distance the rule is about: the holder's to t's place when swapping, else t's own
        int traveller = reason == Reason.SWAP_FORBIDDEN ? holder : t;
        boolean travel = rule == Rule.H6 && about >= 0;
        String current = reason == Reason.PINNED_HERE || reason == Reason.SWAP_FORBIDDEN
                ? problem.assignment(plan.assignmentOf(t, r)).id()
                : null;
        return new FirstChoiceExplanation(
                wanted.trainee(),
                wanted.round(),
                wanted.assignment(),
                holder < 0 ? null : plan.id(holder),
                rule,
                extra,
                reason,
                current,
                about < 0 ? null : problem.assignment(about).organisation(),
                otherRound < 0 ? null : problem.round(otherRound).id(),
                travel ? RuleWords.distanceKm(problem, traveller, about) : 0,
                travel ? problem.trainee(traveller).maxTravelKm() : null);
    }
}
