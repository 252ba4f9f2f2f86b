package nl.traineeplanner.engine.explain;

import nl.traineeplanner.engine.Rule;

/**
 * Why a trainee did not get its first choice in a round.
 *
 * @param firstChoice the trainee's best-ranked assignment offered in the round
 * @param heldBy the trainee who has that place instead, or null
 * @param rule the hard rule that forbids the first choice (or the swap), or null
 * @param extraCost how many penalty points more the whole plan costs with the move or swap, or null when forbidden
 */
public record FirstChoiceExplanation(
        String trainee, String round, String firstChoice, String heldBy, Rule rule, Long extraCost, Text text) {}
