package nl.traineeplanner.engine.check;

import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.Words;

/** Words for a single placement that breaks a rule on its own (H1 own rounds, H2, H4 with history, H5, H6). */
final class SingleViolations {

    private SingleViolations() {}

    static Violation of(Problem problem, Rule rule, Placement p) {
        int t = problem.traineeIndex(p.trainee());
        int a = problem.assignmentIndex(p.assignment());
        String organisation = problem.assignment(a).organisation();
        String who = "trainee " + p.trainee() + " bij " + p.assignment() + " in ronde " + p.round();
        String whoEn = "trainee " + p.trainee() + " at " + p.assignment() + " in round " + p.round();
        return switch (rule) {
            case H1 ->
                violation(
                        rule,
                        p,
                        who + ": de trainee hoeft in deze ronde niet geplaatst te worden",
                        whoEn + ": the trainee is not to be placed in this round");
            case H2 ->
                violation(
                        rule,
                        p,
                        who + ": de opdracht wordt in deze ronde niet aangeboden",
                        whoEn + ": the assignment is not offered in this round");
            case H4 ->
                violation(
                        rule,
                        p,
                        who + ": de trainee was eerder al bij organisatie " + organisation,
                        whoEn + ": the trainee was at organisation " + organisation + " before");
            case H5 ->
                violation(
                        rule,
                        p,
                        who + ": de trainee heeft organisatie " + organisation + " uitgesloten",
                        whoEn + ": the trainee excluded organisation " + organisation);
            case H6 -> {
                long km = Math.round(problem.distanceKm(t, a));
                String limit = Words.km(problem.trainee(t).maxTravelKm());
                yield violation(
                        rule,
                        p,
                        who + ": reisafstand " + km + " km, de grens is " + limit + " km",
                        whoEn + ": travel distance " + km + " km, the limit is " + limit + " km");
            }
            default -> violation(rule, p, who + ": " + rule.dutch(), whoEn + ": " + rule.english());
        };
    }

    private static Violation violation(Rule rule, Placement p, String dutch, String english) {
        return new Violation(rule, p.trainee(), p.round(), p.assignment(), dutch, english);
    }
}
