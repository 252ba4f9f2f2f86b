package nl.traineeplanner.engine.plan;

/**
 * A (trainee, round) pair without a placement, with the reason in Dutch ({@code reason}, the spec's field) and
 * English ({@code reasonEn}).
 */
public record Unplaced(String trainee, String round, String reason, String reasonEn) {}
