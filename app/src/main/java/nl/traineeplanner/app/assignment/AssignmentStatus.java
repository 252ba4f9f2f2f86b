package nl.traineeplanner.app.assignment;

/** The review workflow of an assignment proposal. */
public enum AssignmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED
}
