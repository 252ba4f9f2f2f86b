package nl.traineeplanner.engine.whatif;

/**
 * A (trainee, round) pair whose placement differs between the base plan and the what-if plan.
 *
 * @param from the assignment in the base plan, null when the trainee was unplaced there
 * @param to the assignment in the what-if plan, null when the trainee is unplaced there
 */
public record Move(String trainee, String round, String from, String to) {}
