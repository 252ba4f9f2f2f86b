package nl.traineeplanner.app.assignment;

/**
 * The coordinator reviewed a host's proposal: the host is to be told, with the decision and the comment. Published
 * inside the transaction of the review.
 */
public record ProposalReviewed(long assignmentId, AssignmentStatus decision, String comment, String username) {}
