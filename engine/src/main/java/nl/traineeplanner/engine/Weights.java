package nl.traineeplanner.engine;

/** The non-negative weights of the score (spec section 3). */
public record Weights(
        long preference,
        long unranked,
        long host,
        long hostUnranked,
        long travelPerKm,
        long domainRepeat,
        long programmeMissing,
        long unplaced,
        long fairness) {

    /** The spec's defaults. */
    public static final Weights DEFAULTS = new Weights(10, 300, 5, 100, 1, 80, 60, 100_000, 2);

    public Weights {
        long[] all = {
            preference, unranked, host, hostUnranked, travelPerKm, domainRepeat, programmeMissing, unplaced, fairness
        };
        for (long w : all) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
        }
    }
}
