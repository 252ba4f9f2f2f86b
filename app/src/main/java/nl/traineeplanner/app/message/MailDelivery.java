package nl.traineeplanner.app.message;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails about a published round through the SMTP server of {@code spring.mail.*}, only after the
 * publication has committed: a mail server that is down or refuses cannot undo a publication, and the messages in the
 * planner are there regardless. What happened is written to the round's audit trail, so the coordinator sees it. With
 * no {@code spring.mail.host} set, Spring Boot makes no mail sender, e-mail is off and nothing is tried.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final String from;

    MailDelivery(
            ObjectProvider<JavaMailSender> senders,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            @Value("${traineeplanner.mail.from}") String from) {
        this.senders = senders;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        // the publication's transaction has committed; the audit line needs one of its own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /** Whether e-mail is on: an SMTP server is configured. */
    public boolean isEnabled() {
        return senders.getIfUnique() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(MailsToSend outgoing) {
        String withoutAddress = outgoing.withoutAddress() == 0
                ? ""
                : "; %d ontvanger(s) zonder e-mailadres".formatted(outgoing.withoutAddress());
        JavaMailSender sender = senders.getIfUnique();
        if (sender == null) {
            record(
                    outgoing,
                    AuditAction.MAIL_OFF,
                    "e-mail staat uit (geen SMTP-server ingesteld): %s niet verstuurd%s"
                            .formatted(mails(outgoing.mails().size()), withoutAddress));
            return;
        }
        if (outgoing.mails().isEmpty()) {
            record(outgoing, AuditAction.MAIL_SENT, "geen e-mails te versturen" + withoutAddress);
            return;
        }
        SimpleMailMessage[] mails = outgoing.mails().stream().map(this::mail).toArray(SimpleMailMessage[]::new);
        int failed;
        String reason;
        try {
            sender.send(mails);
            failed = 0;
            reason = null;
        } catch (MailSendException e) {
            // a server that cannot be reached fails every mail; one that refuses some addresses fails only those
            failed = e.getFailedMessages().isEmpty()
                    ? mails.length
                    : e.getFailedMessages().size();
            reason = reasons(e.getMessageExceptions().length == 0 ? new Exception[] {e} : e.getMessageExceptions());
            log.warn(
                    "{} of {} e-mails about round {} not sent: {}",
                    failed,
                    mails.length,
                    outgoing.roundId(),
                    reason,
                    e);
        } catch (MailException e) {
            failed = mails.length;
            reason = reasons(new Exception[] {e});
            log.warn("E-mails about round {} not sent: {}", outgoing.roundId(), reason, e);
        }
        int sent = mails.length - failed;
        if (failed == 0) {
            record(outgoing, AuditAction.MAIL_SENT, "%s verstuurd%s".formatted(mails(sent), withoutAddress));
        } else {
            record(
                    outgoing,
                    AuditAction.MAIL_FAILED,
                    "%s niet verstuurd via %s: %s (%d wel verstuurd%s)"
                            .formatted(mails(failed), server(sender), reason, sent, withoutAddress));
        }
    }

    private static String mails(int count) {
        return count == 1 ? "1 e-mail" : count + " e-mails";
    }

    /** The mail server as the coordinator's technical colleagues configured it, to say where sending failed. */
    private static String server(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl configured
                ? configured.getHost() + ":" + (configured.getPort() < 0 ? 25 : configured.getPort())
                : "de e-mailserver";
    }

    private SimpleMailMessage mail(MailsToSend.Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }

    private void record(MailsToSend outgoing, AuditAction action, String detail) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> audit.record(outgoing.username(), action, outgoing.roundId(), detail, null));
        } catch (RuntimeException e) {
            // the publication stands whatever happens here; the log keeps what the audit trail could not
            log.error("Could not record in the audit trail of round {}: {}", outgoing.roundId(), detail, e);
        }
    }

    /** The distinct innermost causes, which say what went wrong in the mail server's or the network's words. */
    private static String reasons(Exception[] exceptions) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Exception e : exceptions) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            distinct.add(
                    cause.getMessage() == null
                            ? cause.getClass().getSimpleName()
                            : cause.getMessage().strip());
        }
        return String.join("; ", List.copyOf(distinct));
    }
}
