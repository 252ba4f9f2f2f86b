package nl.traineeplanner.app.placement;

public enum PlacementStatus {
    /** Part of a plan under review; the coordinator may still change it. */
    PROPOSED,
    /** Decided and told to trainee and host; fixed for later rounds. */
    PUBLISHED
}
