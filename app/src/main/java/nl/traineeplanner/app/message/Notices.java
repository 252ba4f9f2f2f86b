package nl.traineeplanner.app.message;

import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages about a round that other features write, such as reminders: they are stored in the inboxes, the
 * round's audit trail says how many, and their e-mails go out once the caller's transaction has committed.
 */
@Service
public class Notices {

    private final MessageRepository messages;
    private final MailDelivery delivery;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Notices(MessageRepository messages, MailDelivery delivery, AuditTrail audit, ApplicationEventPublisher events) {
        this.messages = messages;
        this.delivery = delivery;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void send(long roundId, String username, List<Message> written, String detail) {
        if (written.isEmpty()) {
            return;
        }
        List<Message> saved = messages.saveAll(written);
        audit.record(username, AuditAction.MESSAGES_CREATED, roundId, detail, null);
        events.publishEvent(delivery.prepare(roundId, username, saved));
    }
}
