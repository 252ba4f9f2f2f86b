package nl.traineeplanner.app.message;

import java.util.List;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.ProposalReviewed;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a host how its proposal was reviewed, in the transaction of the review: every host account of the
 * organisation gets a message with the decision and the coordinator's comment, and its e-mail once the review has
 * committed.
 */
@Component
class ReviewMessages {

    private final AssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final MessageRepository messages;
    private final MailDelivery delivery;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReviewMessages(
            AssignmentRepository assignments,
            UserAccountRepository accounts,
            MessageRepository messages,
            MailDelivery delivery,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.accounts = accounts;
        this.messages = messages;
        this.delivery = delivery;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void tell(ProposalReviewed reviewed) {
        Assignment assignment = assignments.findById(reviewed.assignmentId()).orElseThrow();
        List<Message> written = messages.saveAll(
                accounts
                        .findByRoleAndOrganisationIdOrderByUsername(
                                Role.HOST, assignment.getOrganisation().getId())
                        .stream()
                        .map(host ->
                                Message.proposalReviewed(host, assignment, reviewed.decision(), reviewed.comment()))
                        .toList());
        audit.recordForAssignment(
                reviewed.username(),
                AuditAction.MESSAGES_CREATED,
                assignment.getId(),
                AuditText.of(
                        "audit.detail.messages.review",
                        written.size(),
                        assignment.getOrganisation().getName()),
                null);
        events.publishEvent(delivery.prepareForAssignment(assignment.getId(), reviewed.username(), written));
    }
}
