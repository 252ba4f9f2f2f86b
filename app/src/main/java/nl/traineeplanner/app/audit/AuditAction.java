package nl.traineeplanner.app.audit;

/** What a coordinator did that must be traceable afterwards. */
public enum AuditAction {
    RUN_STARTED,
    RUN_STOPPED,
    RUN_ACCEPTED,
    PLACEMENT_PINNED,
    PLACEMENT_UNPINNED,
    PREFERENCES_OPENED,
    MATCHING_STARTED,
    ROUND_PUBLISHED,
    ROUND_STARTED,
    ROUND_CLOSED,
    COHORT_IMPORTED,
    PLAN_IMPORTED
}
