package nl.traineeplanner.engine.explain;

import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;

/** Why a single placement is forbidden for a trainee, in words (the rules of {@link Problem#whyNotAllowed}). */
final class RuleWords {

    private RuleWords() {}

    static Text forTrainee(Problem problem, Rule rule, int t, int a) {
        String id = problem.assignment(a).id();
        String organisation = problem.assignment(a).organisation();
        String trainee = problem.trainee(t).id();
        return switch (rule) {
            case H1 ->
                new Text(
                        trainee + " hoeft in deze ronde niet geplaatst te worden (H1)",
                        trainee + " is not to be placed in this round (H1)");
            case H2 ->
                new Text(id + " wordt in deze ronde niet aangeboden (H2)", id + " is not offered in this round (H2)");
            case H4 ->
                new Text(
                        trainee + " was eerder al bij " + organisation + " (H4)",
                        trainee + " was at " + organisation + " before (H4)");
            case H5 ->
                new Text(
                        trainee + " heeft " + organisation + " uitgesloten (H5)",
                        trainee + " excluded " + organisation + " (H5)");
            case H6 -> {
                long km = Math.round(problem.distanceKm(t, a));
                String limit = Words.km(problem.trainee(t).maxTravelKm());
                yield new Text(
                        id + " ligt " + km + " km van huis van " + trainee + ", verder dan de grens van " + limit
                                + " km (H6)",
                        id + " is " + km + " km from the home of " + trainee + ", beyond the limit of " + limit
                                + " km (H6)");
            }
            default -> new Text(rule.dutch() + " (" + rule + ")", rule.english() + " (" + rule + ")");
        };
    }
}
