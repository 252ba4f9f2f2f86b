package nl.traineeplanner.engine.check;

import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.Names;
import nl.traineeplanner.engine.explain.RuleWords;

/**
 * One broken hard rule in a plan: which way it is broken and the ids and figures behind it, as fields. The sentence
 * is rendered from them, with ids ({@link #dutch()}, {@link #english()}) or with names of the reader's own
 * ({@link RuleWords#detail}).
 *
 * @param kind the way the rule is broken
 * @param trainee the trainee concerned, or null when the rule is about an assignment (H3)
 * @param round the round concerned
 * @param assignment the assignment concerned, or null when the rule is about a trainee's round (H1, two placements)
 * @param organisation the organisation concerned (H4, H5), or null
 * @param together the trainee's assignments in the round (H1, two placements) or the trainees placed at the
 *     assignment (H3), in the order of the plan; empty otherwise
 * @param other the trainee's other placement at the same organisation (H4 between placements), or null
 * @param capacity the assignment's capacity (H3), 0 otherwise
 * @param distanceKm the distance from home, rounded to whole kilometres (H6), 0 otherwise
 * @param limitKm the trainee's travel limit (H6), or null
 */
public record Violation(
        Kind kind,
        String trainee,
        String round,
        String assignment,
        String organisation,
        List<String> together,
        Placement other,
        int capacity,
        long distanceKm,
        Double limitKm) {

    /** The ways in which a plan can break a hard rule. */
    public enum Kind {
        /** H1: a placement in a round the trainee is not to be placed in. */
        NOT_IN_OWN_ROUND(Rule.H1, true),
        /** H1: more than one placement of one trainee in one round. */
        TWO_IN_ONE_ROUND(Rule.H1, false),
        /** H2: a placement in a round the assignment is not offered in. */
        NOT_OFFERED(Rule.H2, true),
        /** H3: more trainees at an assignment in a round than its capacity. */
        OVER_CAPACITY(Rule.H3, false),
        /** H4: a placement at an organisation of the trainee's history. */
        ORGANISATION_BEFORE(Rule.H4, true),
        /** H4: two placements of one trainee at one organisation. */
        ORGANISATION_TWICE(Rule.H4, false),
        /** H5: a placement at an organisation the trainee excluded. */
        EXCLUDED_ORGANISATION(Rule.H5, true),
        /** H6: a placement further from home than the trainee's limit. */
        BEYOND_TRAVEL_LIMIT(Rule.H6, true),
        /** H7: a pin the plan leaves out. */
        PIN_MISSING(Rule.H7, false);

        private final Rule rule;
        private final boolean singlePlacement;

        Kind(Rule rule, boolean singlePlacement) {
            this.rule = rule;
            this.singlePlacement = singlePlacement;
        }

        public Rule rule() {
            return rule;
        }

        /** Whether one placement breaks the rule on its own (so trainee, round and assignment are all set). */
        public boolean singlePlacement() {
            return singlePlacement;
        }

        /** The way a single placement breaks one of the rules of {@link nl.traineeplanner.engine.Problem#breaks}. */
        public static Kind ofSinglePlacement(Rule rule) {
            return switch (rule) {
                case H1 -> NOT_IN_OWN_ROUND;
                case H2 -> NOT_OFFERED;
                case H4 -> ORGANISATION_BEFORE;
                case H5 -> EXCLUDED_ORGANISATION;
                case H6 -> BEYOND_TRAVEL_LIMIT;
                case H3, H7 -> throw new IllegalArgumentException(rule + " is not broken by one placement alone");
            };
        }
    }

    public Violation {
        together = List.copyOf(together);
    }

    /** A placement that breaks a rule on its own. */
    static Violation single(Kind kind, Placement p, String organisation, long distanceKm, Double limitKm) {
        return new Violation(
                kind, p.trainee(), p.round(), p.assignment(), organisation, List.of(), null, 0, distanceKm, limitKm);
    }

    static Violation twoInOneRound(String trainee, String round, List<String> assignments) {
        return new Violation(Kind.TWO_IN_ONE_ROUND, trainee, round, null, null, assignments, null, 0, 0, null);
    }

    static Violation overCapacity(String assignment, String round, int capacity, List<String> trainees) {
        return new Violation(Kind.OVER_CAPACITY, null, round, assignment, null, trainees, null, capacity, 0, null);
    }

    static Violation organisationTwice(Placement first, Placement second, String organisation) {
        return new Violation(
                Kind.ORGANISATION_TWICE,
                second.trainee(),
                second.round(),
                second.assignment(),
                organisation,
                List.of(),
                first,
                0,
                0,
                null);
    }

    static Violation pinMissing(Placement pin) {
        return new Violation(
                Kind.PIN_MISSING, pin.trainee(), pin.round(), pin.assignment(), null, List.of(), null, 0, 0, null);
    }

    public Rule rule() {
        return kind.rule();
    }

    /** What is wrong, in Dutch, with ids. */
    public String dutch() {
        return RuleWords.sentence(this, Names.IDS).nl();
    }

    /** What is wrong, in English, with ids. */
    public String english() {
        return RuleWords.sentence(this, Names.IDS).en();
    }
}
