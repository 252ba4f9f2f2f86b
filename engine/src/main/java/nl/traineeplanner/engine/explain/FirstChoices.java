package nl.traineeplanner.engine.explain;

import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;

/**
 * Why a trainee did not get its first choice in a round: the rule that forbids it, or who holds the place and what
 * giving it to this trainee would cost the whole plan, computed by scoring the changed plan.
 */
final class FirstChoices {

    private FirstChoices() {}

    /** The explanation for trainee t in round r, or null when t got its first choice or ranked nothing there. */
    static FirstChoiceExplanation explain(PlanView plan, int t, int r) {
        Problem problem = plan.problem;
        int[] ranked = problem.ranked(t, r);
        if (!problem.traineeInRound(t, r) || ranked.length == 0 || plan.assignmentOf[t][r] == ranked[0]) {
            return null;
        }
        int first = ranked[0];
        String firstId = problem.assignment(first).id();
        String organisation = problem.assignment(first).organisation();
        int current = plan.assignmentOf[t][r];
        if (current >= 0 && plan.pinned(t, r, current)) {
            String currentId = problem.assignment(current).id();
            return result(
                    plan,
                    t,
                    r,
                    first,
                    null,
                    Rule.H7,
                    null,
                    new Text(
                            "de coördinator heeft deze trainee in deze ronde vastgezet op " + currentId + " (H7)",
                            "the coordinator pinned this trainee to " + currentId + " in this round (H7)"));
        }

        Rule forbidden = problem.whyNotAllowed(t, r, first);
        if (forbidden != null) {
            return result(plan, t, r, first, null, forbidden, null, RuleWords.forTrainee(problem, forbidden, t, first));
        }
        int otherRound = plan.otherRoundAtOrganisation(t, r, first);
        if (otherRound >= 0) {
            String other = problem.round(otherRound).id();
            return result(
                    plan,
                    t,
                    r,
                    first,
                    null,
                    Rule.H4,
                    null,
                    new Text(
                            "eerste keuze " + firstId + " is bij " + organisation + ", waar de trainee in ronde "
                                    + other + " al geplaatst is (H4)",
                            "first choice " + firstId + " is at " + organisation
                                    + ", where the trainee is placed in round " + other + " already (H4)"));
        }
        var holders = plan.holders(first, r);
        if (holders.size() < problem.assignment(first).capacity()) {
            long extra = plan.totalWithMove(t, r, first) - plan.total;
            return result(
                    plan,
                    t,
                    r,
                    first,
                    null,
                    null,
                    extra,
                    new Text(
                            "eerste keuze " + firstId + " heeft nog plaats, maar daarheen gaan " + costsNl(extra),
                            "first choice " + firstId + " has room, but moving there " + costsEn(extra)));
        }
        return bestSwap(plan, t, r, first);
    }

    /** Of the trainees holding the first choice, the one whose swap costs least; else why no swap is possible. */
    private static FirstChoiceExplanation bestSwap(PlanView plan, int t, int r, int first) {
        Problem problem = plan.problem;
        String firstId = problem.assignment(first).id();
        FirstChoiceExplanation best = null;
        FirstChoiceExplanation blocked = null;
        for (int h : plan.holders(first, r)) {
            String holder = plan.id(h);
            if (plan.pinned(h, r, first)) {
                blocked = blocked != null
                        ? blocked
                        : result(
                                plan,
                                t,
                                r,
                                first,
                                holder,
                                Rule.H7,
                                null,
                                new Text(
                                        "eerste keuze " + firstId + " is door de coördinator vastgezet voor " + holder
                                                + " (H7)",
                                        "first choice " + firstId + " is pinned for " + holder
                                                + " by the coordinator (H7)"));
                continue;
            }
            int current = plan.assignmentOf[t][r];
            Blocked swapBlocked = current < 0 ? null : swapForbidden(plan, h, r, current);
            if (swapBlocked != null) {
                blocked = blocked != null
                        ? blocked
                        : result(
                                plan,
                                t,
                                r,
                                first,
                                holder,
                                swapBlocked.rule(),
                                null,
                                new Text(
                                        "eerste keuze " + firstId + " is gegeven aan " + holder + "; ruilen kan niet: "
                                                + swapBlocked.text().nl(),
                                        "first choice " + firstId + " went to " + holder + "; a swap is not possible: "
                                                + swapBlocked.text().en()));
                continue;
            }
            long extra = plan.totalWithSwap(t, h, r, first) - plan.total;
            if (best == null || extra < best.extraCost()) {
                best = result(
                        plan,
                        t,
                        r,
                        first,
                        holder,
                        null,
                        extra,
                        new Text(
                                "eerste keuze " + firstId + " is gegeven aan " + holder + "; ruilen " + costsNl(extra),
                                "first choice " + firstId + " went to " + holder + "; swapping " + costsEn(extra)));
            }
        }
        return best != null ? best : blocked;
    }

    private record Blocked(Rule rule, Text text) {}

    /** Why trainee h may not take assignment a in round r, given h's other planned rounds; null when it may. */
    private static Blocked swapForbidden(PlanView plan, int h, int r, int a) {
        Problem problem = plan.problem;
        Rule single = problem.whyNotAllowed(h, r, a);
        if (single != null) {
            return new Blocked(single, RuleWords.forTrainee(problem, single, h, a));
        }
        int otherRound = plan.otherRoundAtOrganisation(h, r, a);
        if (otherRound < 0) {
            return null;
        }
        String holder = plan.id(h);
        String organisation = problem.assignment(a).organisation();
        String round = problem.round(otherRound).id();
        return new Blocked(
                Rule.H4,
                new Text(
                        holder + " is in ronde " + round + " al bij " + organisation + " (H4)",
                        holder + " is at " + organisation + " in round " + round + " already (H4)"));
    }

    private static String costsNl(long extra) {
        return extra >= 0
                ? "kost het geheel " + extra + " strafpunten meer"
                : "zou het geheel " + -extra + " strafpunten besparen";
    }

    private static String costsEn(long extra) {
        return extra >= 0
                ? "costs the whole plan " + extra + " penalty points more"
                : "would save the whole plan " + -extra + " penalty points";
    }

    private static FirstChoiceExplanation result(
            PlanView plan, int t, int r, int first, String holder, Rule rule, Long extra, Text text) {
        Placement wanted = plan.placement(t, r, first);
        return new FirstChoiceExplanation(
                wanted.trainee(), wanted.round(), wanted.assignment(), holder, rule, extra, text);
    }
}
