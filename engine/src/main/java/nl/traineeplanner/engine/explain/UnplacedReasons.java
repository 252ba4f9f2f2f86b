package nl.traineeplanner.engine.explain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;

/** Why a trainee has no placement in a round, computed from the data and the plan. */
public final class UnplacedReasons {

    private UnplacedReasons() {}

    /**
     * The reason trainee t is unplaced in round r of this plan.
     *
     * @param provenOptimal whether the plan is proven optimal; if not, a free suitable place may just not have been
     *     found in time
     */
    public static Text reason(Problem problem, List<Placement> placements, int t, int r, boolean provenOptimal) {
        return reason(problem, new PlanView(problem, placements), t, r, provenOptimal);
    }

    /**
     * The reasons for one plan, asked per trainee and round ({@code reasons.reason(t, r)}), with the plan indexed once
     * for all its unplaced pairs.
     */
    public static ForPlan forPlan(Problem problem, List<Placement> placements, boolean provenOptimal) {
        PlanView plan = new PlanView(problem, placements);
        return (t, r) -> reason(problem, plan, t, r, provenOptimal);
    }

    /** The reasons of one plan. */
    @FunctionalInterface
    public interface ForPlan {
        Text reason(int t, int r);
    }

    private static Text reason(Problem problem, PlanView plan, int t, int r, boolean provenOptimal) {
        String round = problem.round(r).id();
        int trainees = 0;
        for (int other = 0; other < problem.traineeCount(); other++) {
            trainees += problem.traineeInRound(other, r) ? 1 : 0;
        }
        int places = 0;
        for (int a = 0; a < problem.assignmentCount(); a++) {
            places += problem.offered(a, r) ? problem.assignment(a).capacity() : 0;
        }
        if (trainees > places) {
            return new Text(
                    "ronde " + round + ": " + trainees + " trainees, " + places + " plaatsen",
                    "round " + round + ": " + trainees + " trainees, " + places + " places");
        }
        Set<String> forbiddenNl = new TreeSet<>();
        Set<String> forbiddenEn = new TreeSet<>();
        int suitable = 0;
        int suitableFree = 0;
        for (int a = 0; a < problem.assignmentCount(); a++) {
            if (!problem.offered(a, r)) {
                continue;
            }
            Rule rule = problem.whyNotAllowed(t, r, a);
            if (rule == null && plan.otherRoundAtOrganisation(t, r, a) >= 0) {
                rule = Rule.H4;
            }
            if (rule != null) {
                Text forbidden =
                        RuleWords.whereForbidden(rule, problem.trainee(t).maxTravelKm());
                forbiddenNl.add(forbidden.nl());
                forbiddenEn.add(forbidden.en());
                continue;
            }
            suitable++;
            if (problem.withinCapacity(a, plan.holders(a, r).size() + 1)) {
                suitableFree++;
            }
        }
        if (suitable == 0) {
            return new Text(
                    "elke opdracht in ronde " + round + " is voor deze trainee " + String.join(" of ", forbiddenNl),
                    "every assignment in round " + round + " is " + String.join(" or ", forbiddenEn)
                            + " for this trainee");
        }
        if (suitableFree == 0) {
            return new Text(
                    "alle passende plaatsen zijn bezet door trainees voor wie dat beter uitkomt",
                    "every suitable place is taken by trainees for whom it works out better");
        }
        if (!provenOptimal) {
            return new Text(
                    "er is een passende plaats vrij, maar het zoeken stopte voordat een plan met deze plaatsing gevonden"
                            + " werd",
                    "a suitable place is free, but the search stopped before it found a plan with this placement");
        }
        return new Text(
                "er is een passende plaats vrij, maar plaatsen kost meer strafpunten dan niet plaatsen",
                "a suitable place is free, but placing costs more penalty points than leaving the trainee unplaced");
    }
}
