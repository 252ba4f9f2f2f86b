package nl.traineeplanner.engine.check;

import nl.traineeplanner.engine.Rule;

/**
 * One broken hard rule in a plan, in words for the coordinator.
 *
 * @param trainee the trainee concerned, or null when the rule is about an assignment
 * @param round the round concerned, or null
 * @param assignment the assignment concerned, or null
 * @param dutch what is wrong, in Dutch
 * @param english what is wrong, in English
 */
public record Violation(Rule rule, String trainee, String round, String assignment, String dutch, String english) {}
