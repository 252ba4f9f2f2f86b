package nl.traineeplanner.app.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.round.Round;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a host's proposal: saved as a draft, submitted for the rounds whose intake is still open, changed and
 * submitted again after the coordinator asked for changes, withdrawn, and reviewed by the coordinator with a comment.
 * Every step is written to the audit trail; a review tells the host ({@link ProposalReviewed}). The status steps
 * themselves are guarded by {@link Assignment}.
 */
@Service
public class Proposals {

    private final AssignmentRepository assignments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proposals(AssignmentRepository assignments, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the coordinator decides about a submitted proposal. */
    public enum Decision {
        APPROVE,
        REQUEST_CHANGES,
        REJECT
    }

    /**
     * Stores a new proposal of the organisation, as a draft or submitted. The planner's own settings (the penalty for
     * an empty place) are the coordinator's: a host's proposal starts without one.
     */
    @Transactional
    @PreAuthorize("hasRole('HOST')")
    public Assignment propose(Organisation organisation, AssignmentContent content, boolean submit, String username) {
        if (submit) {
            requireIntakeOpen(content.rounds());
        }
        Assignment proposal = new Assignment(organisation, content.withUnfilledPenalty(0));
        if (submit) {
            proposal.submit();
        }
        assignments.save(proposal);
        record(proposal, submit, username);
        return proposal;
    }

    /**
     * Changes a draft, or a proposal the coordinator sent back, and saves it as it is or submits it again. The
     * coordinator's penalty for an empty place stays as it was.
     */
    @Transactional
    @PreAuthorize("hasRole('HOST')")
    public Assignment revise(Assignment proposal, AssignmentContent content, boolean submit, String username) {
        if (!proposal.isEditableByHost()) {
            throw new ProposalRefusal(null, "proposal.refused.notEditable", proposal.getStatus());
        }
        if (submit) {
            requireIntakeOpen(content.rounds());
        }
        proposal.revise(content.withUnfilledPenalty(proposal.getUnfilledPenalty()));
        if (submit) {
            proposal.submit();
        }
        record(proposal, submit, username);
        return proposal;
    }

    @Transactional
    @PreAuthorize("hasRole('HOST')")
    public void withdraw(Assignment proposal, String username) {
        if (!proposal.isWithdrawable()) {
            throw new ProposalRefusal(null, "proposal.refused.notWithdrawable", proposal.getStatus());
        }
        proposal.withdraw();
        audit.recordForAssignment(
                username, AuditAction.PROPOSAL_WITHDRAWN, proposal.getId(), proposal.getTitle(), null);
    }

    /**
     * The coordinator's review: approve (a comment is optional), ask for changes or reject (a comment is required,
     * and is what the host reads). The host is told in the planner and by e-mail.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void review(Assignment proposal, Decision decision, String comment, String username) {
        if (decision == null) {
            throw new ProposalRefusal("decision", "review.refused.decision");
        }
        if (proposal.getStatus() != AssignmentStatus.SUBMITTED) {
            throw new ProposalRefusal(null, "review.refused.notSubmitted", proposal.getStatus());
        }
        boolean noComment = comment == null || comment.isBlank();
        if (decision != Decision.APPROVE && noComment) {
            throw new ProposalRefusal("comment", "review.refused.commentRequired");
        }
        switch (decision) {
            case APPROVE -> proposal.approve(comment);
            case REQUEST_CHANGES -> proposal.requestChanges(comment);
            case REJECT -> proposal.reject(comment);
        }
        audit.recordForAssignment(
                username,
                AuditAction.PROPOSAL_REVIEWED,
                proposal.getId(),
                proposal.getStatus().name(),
                proposal.getReviewComment());
        events.publishEvent(
                new ProposalReviewed(proposal.getId(), proposal.getStatus(), proposal.getReviewComment(), username));
    }

    private void requireIntakeOpen(java.util.Collection<Round> rounds) {
        LocalDate today = LocalDate.now(clock);
        List<Round> closed = rounds.stream()
                .filter(r -> !r.acceptsProposals(today))
                .sorted(java.util.Comparator.comparing(Round::getStartDate))
                .toList();
        if (!closed.isEmpty()) {
            throw new ProposalRefusal(
                    "rounds",
                    "proposal.refused.intakeClosed",
                    closed.stream().map(Round::getName).collect(Collectors.joining(", ")));
        }
    }

    private void record(Assignment proposal, boolean submitted, String username) {
        audit.recordForAssignment(
                username,
                submitted ? AuditAction.PROPOSAL_SUBMITTED : AuditAction.PROPOSAL_SAVED,
                proposal.getId(),
                proposal.getTitle(),
                null);
    }
}
