package nl.traineeplanner.engine.explain;

/** The sentences of {@link FirstChoiceExplanation}, rendered from its fields: the plan's and the board's. */
public final class FirstChoiceWords {

    private FirstChoiceWords() {}

    /** The plan's sentence, with things named by {@code names}. */
    public static Text text(FirstChoiceExplanation e, Names names) {
        String first = names.assignment(e.firstChoice());
        String holder = e.heldBy() == null ? null : names.trainee(e.heldBy());
        return switch (e.reason()) {
            case PINNED_HERE ->
                new Text(
                        "de coördinator heeft deze trainee in deze ronde vastgezet op " + names.assignment(e.current())
                                + " (H7)",
                        "the coordinator pinned this trainee to " + names.assignment(e.current())
                                + " in this round (H7)");
            case FORBIDDEN -> forbidden(e, names, e.trainee(), e.firstChoice());
            case ORGANISATION_IN_OTHER_ROUND -> {
                String organisation = names.organisation(e.organisation());
                String other = names.round(e.otherRound());
                yield new Text(
                        "eerste keuze " + first + " is bij " + organisation + ", waar de trainee in ronde " + other
                                + " al geplaatst is (H4)",
                        "first choice " + first + " is at " + organisation + ", where the trainee is placed in round "
                                + other + " already (H4)");
            }
            case ROOM ->
                new Text(
                        "eerste keuze " + first + " heeft nog plaats, maar daarheen gaan " + costsNl(e.extraCost()),
                        "first choice " + first + " has room, but moving there " + costsEn(e.extraCost()));
            case PINNED_FOR_HOLDER ->
                new Text(
                        "eerste keuze " + first + " is door de coördinator vastgezet voor " + holder + " (H7)",
                        "first choice " + first + " is pinned for " + holder + " by the coordinator (H7)");
            case SWAP_FORBIDDEN -> {
                Text why = e.otherRound() == null
                        ? forbidden(e, names, e.heldBy(), e.current())
                        : new Text(
                                holder + " is in ronde " + names.round(e.otherRound()) + " al bij "
                                        + names.organisation(e.organisation()) + " (H4)",
                                holder + " is at " + names.organisation(e.organisation()) + " in round "
                                        + names.round(e.otherRound()) + " already (H4)");
                yield new Text(
                        "eerste keuze " + first + " is gegeven aan " + holder + "; ruilen kan niet: " + why.nl(),
                        "first choice " + first + " went to " + holder + "; a swap is not possible: " + why.en());
            }
            case SWAP ->
                new Text(
                        "eerste keuze " + first + " is gegeven aan " + holder + "; ruilen " + costsNl(e.extraCost()),
                        "first choice " + first + " went to " + holder + "; swapping " + costsEn(e.extraCost()));
        };
    }

    /**
     * The planning board's shorter sentence, with things named by {@code names}: who has the first choice and what a
     * move or swap would cost the whole plan, or the hard rule that forbids it.
     */
    public static Text board(FirstChoiceExplanation e, Names names) {
        String first = names.assignment(e.firstChoice());
        String holder = e.heldBy() == null ? null : names.trainee(e.heldBy());
        if (e.rule() != null) {
            return new Text(
                    "Eerste keuze " + first + (holder == null ? "" : " ging naar " + holder) + "; dat mag niet anders: "
                            + e.rule().dutch() + " (" + e.rule().name() + ").",
                    "First choice " + first + (holder == null ? "" : " went to " + holder) + "; that cannot change: "
                            + e.rule().english() + " (" + e.rule().name() + ").");
        }
        if (holder == null) {
            return new Text(
                    "Eerste keuze " + first + " heeft nog plaats, maar daarheen gaan " + costsNl(e.extraCost()) + ".",
                    "First choice " + first + " has room, but moving there " + costsEn(e.extraCost()) + ".");
        }
        return new Text(
                "Eerste keuze " + first + " ging naar " + holder + "; ruilen met " + holder + " "
                        + costsNl(e.extraCost()) + ".",
                "First choice " + first + " went to " + holder + "; swapping with " + holder + " "
                        + costsEn(e.extraCost()) + ".");
    }

    /** Why a rule forbids the trainee at the assignment on its own, ending with the rule. */
    private static Text forbidden(FirstChoiceExplanation e, Names names, String trainee, String assignment) {
        Text text = RuleWords.singlePlacement(
                e.rule(),
                same(names.trainee(trainee)),
                same(names.assignment(assignment)),
                same(names.organisation(e.organisation())),
                e.distanceKm(),
                e.limitKm());
        return new Text(text.nl() + " (" + e.rule() + ")", text.en() + " (" + e.rule() + ")");
    }

    private static Text same(String word) {
        return new Text(word, word);
    }

    private static String costsNl(Long extraCost) {
        long extra = extraCost == null ? 0 : extraCost;
        return extra >= 0
                ? "kost het geheel " + extra + " strafpunten meer"
                : "zou het geheel " + -extra + " strafpunten besparen";
    }

    private static String costsEn(Long extraCost) {
        long extra = extraCost == null ? 0 : extraCost;
        return extra >= 0
                ? "costs the whole plan " + extra + " penalty points more"
                : "would save the whole plan " + -extra + " penalty points";
    }
}
