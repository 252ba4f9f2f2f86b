package nl.traineeplanner.app.message;

import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;

/**
 * The e-mails of just-written messages, about a published round or about an assignment (a reviewed proposal), written
 * in the transaction that decided and sent once that has committed. {@code withoutAddress} counts the recipients who
 * have no e-mail address and were told in the planner only.
 */
record MailsToSend(Long roundId, Long assignmentId, String username, List<Mail> mails, int withoutAddress) {

    MailsToSend {
        mails = List.copyOf(mails);
    }

    /** Writes what became of the e-mails in the audit trail of the round or the assignment they are about. */
    void record(AuditTrail audit, AuditAction action, String detail) {
        if (roundId != null) {
            audit.record(username, action, roundId, detail, null);
        } else {
            audit.recordForAssignment(username, action, assignmentId, detail, null);
        }
    }

    /** What the e-mails are about, for the log. */
    String about() {
        return roundId != null ? "round " + roundId : "assignment " + assignmentId;
    }

    /** The e-mail of one message. */
    record Mail(long messageId, String to, String subject, String body) {}
}
