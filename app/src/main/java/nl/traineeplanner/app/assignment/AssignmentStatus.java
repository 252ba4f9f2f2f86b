package nl.traineeplanner.app.assignment;

/** The review workflow of an assignment proposal. */
public enum AssignmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED,
    /** The host took the proposal back before it was approved. */
    WITHDRAWN
}
