package nl.traineeplanner.app.message;

import java.util.List;

/**
 * The e-mails about a published round, written in the transaction that publishes it and sent once that has
 * committed. {@code withoutAddress} counts the recipients who have no e-mail address and were told in the planner
 * only.
 */
record MailsToSend(long roundId, String username, List<Mail> mails, int withoutAddress) {

    MailsToSend {
        mails = List.copyOf(mails);
    }

    /** The e-mail of one message. */
    record Mail(long messageId, String to, String subject, String body) {}
}
