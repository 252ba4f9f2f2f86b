package nl.traineeplanner.app.round;

/**
 * The coordinator published a round: its placements are fixed, and trainees and hosts are to be told. Published
 * inside the transaction that publishes, so listeners may act in it or after it commits.
 */
public record RoundPublished(long roundId, String username) {}
