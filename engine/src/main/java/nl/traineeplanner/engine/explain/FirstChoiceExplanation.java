package nl.traineeplanner.engine.explain;

import nl.traineeplanner.engine.Rule;

/**
 * Why a trainee did not get its first choice in a round, as the ids and figures behind it; the sentence is rendered
 * from them ({@link #text()}, or {@link FirstChoiceWords} with names of the reader's own).
 *
 * @param firstChoice the trainee's best-ranked assignment offered in the round
 * @param heldBy the trainee who has that place instead, or null
 * @param rule the hard rule that forbids the first choice (or the swap), or null
 * @param extraCost how many penalty points more the whole plan costs with the move or swap, or null when forbidden
 * @param reason which of the reasons it is
 * @param current the trainee's own assignment in the round: the one it is pinned to ({@link Reason#PINNED_HERE}),
 *     or the one the holder would have to take ({@link Reason#SWAP_FORBIDDEN}); null otherwise
 * @param organisation the organisation of the assignment the rule forbids, or null
 * @param otherRound the round in which the trainee (or, for a swap, the holder) is at that organisation already
 *     (H4 between placements), or null
 * @param distanceKm the distance in whole kilometres, where the rule is H6
 * @param limitKm the travel limit, where the rule is H6
 */
public record FirstChoiceExplanation(
        String trainee,
        String round,
        String firstChoice,
        String heldBy,
        Rule rule,
        Long extraCost,
        Reason reason,
        String current,
        String organisation,
        String otherRound,
        long distanceKm,
        Double limitKm) {

    /** The reasons a trainee can miss its first choice. */
    public enum Reason {
        /** The coordinator pinned the trainee to another assignment in this round (H7). */
        PINNED_HERE,
        /** A rule forbids the first choice for this trainee on its own. */
        FORBIDDEN,
        /** The trainee is at the first choice's organisation in another round (H4). */
        ORGANISATION_IN_OTHER_ROUND,
        /** The first choice has room, but moving there costs the plan points. */
        ROOM,
        /** The first choice is pinned for the trainee holding it (H7). */
        PINNED_FOR_HOLDER,
        /** The holder cannot take this trainee's place: a rule forbids it. */
        SWAP_FORBIDDEN,
        /** Swapping with the holder costs the plan points. */
        SWAP
    }

    /** The sentence, with ids, in Dutch and English. */
    public Text text() {
        return FirstChoiceWords.text(this, Names.IDS);
    }
}
