package nl.traineeplanner.engine.explain;

import java.util.List;
import java.util.stream.Collectors;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.check.Violation;

/**
 * The words of the hard rules: the one place where a broken rule becomes a sentence. The rule check, the pin checks,
 * the explanations and the web application all render their sentences here, from the rule and its figures.
 */
public final class RuleWords {

    private static final Text THE_TRAINEE = new Text("de trainee", "the trainee");
    private static final Text THE_ASSIGNMENT = new Text("de opdracht", "the assignment");

    private RuleWords() {}

    /**
     * Why one placement breaks a rule it can break on its own (H1 own rounds, H2, H4 with history, H5, H6).
     *
     * @param trainee how the sentence names the trainee ("de trainee", an id or a name)
     * @param assignment how it names the assignment
     * @param organisation how it names the assignment's organisation
     * @param distanceKm the distance from home in whole kilometres (H6)
     * @param limitKm the trainee's travel limit (H6)
     */
    public static Text singlePlacement(
            Rule rule, Text trainee, Text assignment, Text organisation, long distanceKm, Double limitKm) {
        return switch (rule) {
            case H1 ->
                new Text(
                        trainee.nl() + " hoeft in deze ronde niet geplaatst te worden",
                        trainee.en() + " is not to be placed in this round");
            case H2 ->
                new Text(
                        assignment.nl() + " wordt in deze ronde niet aangeboden",
                        assignment.en() + " is not offered in this round");
            case H4 ->
                new Text(
                        trainee.nl() + " was eerder al bij " + organisation.nl(),
                        trainee.en() + " was at " + organisation.en() + " before");
            case H5 ->
                new Text(
                        trainee.nl() + " heeft " + organisation.nl() + " uitgesloten",
                        trainee.en() + " excluded " + organisation.en());
            case H6 -> {
                String limit = limitKm == null ? "?" : Words.km(limitKm);
                yield new Text(
                        assignment.nl() + " ligt " + distanceKm + " km van huis van " + trainee.nl()
                                + ", verder dan de grens van " + limit + " km",
                        assignment.en() + " is " + distanceKm + " km from " + trainee.en()
                                + "'s home, beyond the limit of " + limit + " km");
            }
            case H3, H7 -> throw new IllegalArgumentException(rule + " is not broken by one placement alone");
        };
    }

    /** {@link #singlePlacement} for trainee t at assignment a of a problem, its figures taken from the problem. */
    public static Text singlePlacement(
            Problem problem, Rule rule, int t, int a, Text trainee, Text assignment, Text organisation) {
        return singlePlacement(
                rule,
                trainee,
                assignment,
                organisation,
                distanceKm(problem, t, a),
                problem.trainee(t).maxTravelKm());
    }

    /** The distance of t to a in whole kilometres, as a rule's sentence gives it; 0 when unknown. */
    public static long distanceKm(Problem problem, int t, int a) {
        double km = problem.distanceKm(t, a);
        return Double.isNaN(km) ? 0 : Math.round(km);
    }

    /**
     * Where a rule keeps a trainee from an assignment, as words that finish "every assignment in this round is ..."
     * for the unplaced reasons.
     */
    public static Text whereForbidden(Rule rule, Double limitKm) {
        return switch (rule) {
            case H4 ->
                new Text(
                        "bij een organisatie waar de trainee al is of was",
                        "at an organisation the trainee is or was at");
            case H5 -> new Text("bij een uitgesloten organisatie", "at an excluded organisation");
            case H6 -> {
                String limit = limitKm == null ? "?" : Words.km(limitKm);
                yield new Text("verder dan " + limit + " km", "farther than " + limit + " km");
            }
            default -> new Text(rule.dutch(), rule.english());
        };
    }

    /** H1 between pins: the trainee already has a pin in this round, pins[earlier] at that assignment. */
    public static Text pinnedTwiceInRound(String earlierAssignment, int earlier) {
        return new Text(
                "de trainee is in deze ronde al vastgezet op " + earlierAssignment + ", pinned[" + earlier + "] (H1)",
                "the trainee already has a pin in this round, pinned[" + earlier + "] (H1)");
    }

    /** H4 between pins: the trainee is already pinned at the organisation, by pins[earlier]. */
    public static Text pinnedTwiceAtOrganisation(String organisation, int earlier) {
        return new Text(
                "de trainee is al vastgezet bij organisatie \"" + organisation + "\", pinned[" + earlier + "] (H4)",
                "the trainee is already pinned at organisation \"" + organisation + "\", pinned[" + earlier + "] (H4)");
    }

    /** H3 between pins: this pin is number {@code taken} at an assignment that takes {@code capacity}. */
    public static Text pinnedOverCapacity(String assignment, String round, int capacity, int taken, String before) {
        return new Text(
                "\"" + assignment + "\" neemt " + capacity + " trainee(s) in ronde \"" + round
                        + "\", daar is al vastgezet: " + before + " (H3)",
                "\"" + assignment + "\" takes " + capacity + " trainee(s) in round \"" + round
                        + "\", this is pin number " + taken + " there, after " + before + " (H3)");
    }

    /** Why a pin breaks a rule on its own, ending with the rule: for the pin checks. */
    public static Text forPin(Problem problem, Rule rule, int t, int a) {
        String organisation = problem.assignment(a).organisation();
        Text quoted = new Text("organisatie \"" + organisation + "\"", "organisation \"" + organisation + "\"");
        return withRule(singlePlacement(problem, rule, t, a, THE_TRAINEE, THE_ASSIGNMENT, quoted), rule);
    }

    /**
     * What is wrong, named with {@code names}: for a single placement what the placement breaks (it says "de
     * trainee" and "de opdracht", the reader says which), otherwise the whole statement.
     */
    public static Text detail(Violation v, Names names) {
        String trainee = v.trainee() == null ? null : names.trainee(v.trainee());
        String assignment = v.assignment() == null ? null : names.assignment(v.assignment());
        String round = names.round(v.round());
        String organisation = v.organisation() == null ? null : names.organisation(v.organisation());
        return switch (v.kind()) {
            case NOT_IN_OWN_ROUND, NOT_OFFERED, ORGANISATION_BEFORE, EXCLUDED_ORGANISATION, BEYOND_TRAVEL_LIMIT ->
                singlePlacement(
                        v.rule(),
                        THE_TRAINEE,
                        THE_ASSIGNMENT,
                        new Text("organisatie " + organisation, "organisation " + organisation),
                        v.distanceKm(),
                        v.limitKm());
            case TWO_IN_ONE_ROUND -> {
                String list = list(v.together(), names::assignment);
                int n = v.together().size();
                yield new Text(
                        "trainee " + trainee + " heeft " + n + " plaatsingen in ronde " + round + ": " + list,
                        "trainee " + trainee + " has " + n + " placements in round " + round + ": " + list);
            }
            case OVER_CAPACITY -> {
                String list = list(v.together(), names::trainee);
                int n = v.together().size();
                yield new Text(
                        "opdracht " + assignment + " neemt " + v.capacity() + " trainee(s), in ronde " + round
                                + " zijn er " + n + " geplaatst: " + list,
                        "assignment " + assignment + " takes " + v.capacity() + " trainee(s), in round " + round + " "
                                + n + " are placed: " + list);
            }
            case ORGANISATION_TWICE -> {
                String first = names.assignment(v.other().assignment());
                String firstRound = names.round(v.other().round());
                yield new Text(
                        "trainee " + trainee + " is twee keer bij organisatie " + organisation + ": " + first
                                + " in ronde " + firstRound + " en " + assignment + " in ronde " + round,
                        "trainee " + trainee + " is at organisation " + organisation + " twice: " + first + " in round "
                                + firstRound + " and " + assignment + " in round " + round);
            }
            case PIN_MISSING ->
                new Text(
                        "de vastgezette plaatsing van trainee " + trainee + " bij " + assignment + " in ronde " + round
                                + " ontbreekt",
                        "the pinned placement of trainee " + trainee + " at " + assignment + " in round " + round
                                + " is missing");
        };
    }

    /** The whole sentence of the rule check: for a single placement, which one, followed by its detail. */
    public static Text sentence(Violation v, Names names) {
        Text detail = detail(v, names);
        if (!v.kind().singlePlacement()) {
            return detail;
        }
        String trainee = names.trainee(v.trainee());
        String assignment = names.assignment(v.assignment());
        String round = names.round(v.round());
        return new Text(
                "trainee " + trainee + " bij " + assignment + " in ronde " + round + ": " + detail.nl(),
                "trainee " + trainee + " at " + assignment + " in round " + round + ": " + detail.en());
    }

    private static Text withRule(Text text, Rule rule) {
        return new Text(text.nl() + " (" + rule + ")", text.en() + " (" + rule + ")");
    }

    private static Text same(String word) {
        return new Text(word, word);
    }

    private static String list(List<String> ids, java.util.function.UnaryOperator<String> name) {
        return ids.stream().map(name).collect(Collectors.joining(", "));
    }
}
