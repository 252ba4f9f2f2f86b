package nl.traineeplanner.app.round;

/**
 * How many assignments a trainee ranks in a round: at least {@code minimum} (a to-do until reached, so a list can be
 * built one choice at a time) and at most {@code maximum} (a list longer than that is refused).
 */
public record ChoiceLimits(int minimum, int maximum) {

    public static final ChoiceLimits STANDARD = new ChoiceLimits(3, 10);

    public ChoiceLimits {
        if (minimum < 0 || maximum < 1 || minimum > maximum) {
            throw new IllegalArgumentException("choices must be 0 ≤ minimum ≤ maximum and maximum ≥ 1");
        }
    }

    /** How many choices are still needed to reach the minimum; 0 once reached. */
    public int stillNeeded(int chosen) {
        return Math.max(0, minimum - chosen);
    }
}
