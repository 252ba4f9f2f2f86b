package nl.traineeplanner.app.message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditReader;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails about a published round through the SMTP server of {@code spring.mail.*}, only after the
 * publication has committed: a mail server that is down or refuses cannot undo a publication, and the messages in the
 * planner are there regardless. Each message keeps whether its e-mail went out, and what happened is written to the
 * round's audit trail, so the coordinator sees it and can send the rest again. With no {@code spring.mail.host} set,
 * Spring Boot makes no mail sender, e-mail is off and nothing is tried.
 */
@Component
public class MailDelivery {

    /** The messages whose e-mail can still be sent. */
    static final Set<MailStatus> UNSENT = EnumSet.of(MailStatus.WAITING, MailStatus.FAILED);

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final UserAccountRepository accounts;
    private final MessageRepository messages;
    private final MessageTexts texts;
    private final AuditTrail audit;
    private final AuditReader reader;
    private final TransactionTemplate ownTransaction;
    private final String from;
    private final String inboxUrl;

    MailDelivery(
            ObjectProvider<JavaMailSender> senders,
            UserAccountRepository accounts,
            MessageRepository messages,
            MessageTexts texts,
            AuditTrail audit,
            AuditReader reader,
            PlatformTransactionManager transactions,
            @Value("${traineeplanner.mail.from}") String from,
            @Value("${traineeplanner.mail.inbox-url}") String inboxUrl) {
        this.senders = senders;
        this.accounts = accounts;
        this.messages = messages;
        this.texts = texts;
        this.audit = audit;
        this.reader = reader;
        this.ownTransaction = new TransactionTemplate(transactions);
        // after the publication has committed, writing needs a transaction of its own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.inboxUrl = inboxUrl;
    }

    /** The recipient's own language when they have an account; both languages when they have none yet. */
    private List<Locale> languages(Message message) {
        Optional<UserAccount> account = message.getRecipientAccount() != null
                ? Optional.of(message.getRecipientAccount())
                : accounts.findByTraineeId(message.getRecipientTrainee().getId());
        return account.map(a -> List.of(Locale.forLanguageTag(a.getLanguage()))).orElse(MessageTexts.MAIL_LANGUAGES);
    }

    /** Whether e-mail is on: an SMTP server is configured. */
    public boolean isEnabled() {
        return senders.getIfUnique() != null;
    }

    /** How many messages of the round have an e-mail that was not sent (yet). */
    public long unsent(long roundId) {
        return messages.countByRoundIdAndMailStatusIn(roundId, UNSENT);
    }

    /**
     * Writes the e-mails of just-written messages; a message whose recipient has no address is marked so. Runs in the
     * caller's transaction.
     */
    MailsToSend prepare(long roundId, String username, List<Message> written) {
        return prepare(roundId, null, username, written);
    }

    /** The same for messages about an assignment, such as the review of a proposal. */
    MailsToSend prepareForAssignment(long assignmentId, String username, List<Message> written) {
        return prepare(null, assignmentId, username, written);
    }

    private MailsToSend prepare(Long roundId, Long assignmentId, String username, List<Message> written) {
        List<MailsToSend.Mail> mails = new ArrayList<>();
        int withoutAddress = 0;
        for (Message message : written) {
            var address = message.mailAddress();
            if (address.isEmpty()) {
                message.mailed(MailStatus.NO_ADDRESS);
                withoutAddress++;
            } else {
                mails.add(new MailsToSend.Mail(
                        message.getId(),
                        address.get(),
                        texts.mailSubject(message, languages(message)),
                        texts.mailBody(message, inboxUrl, languages(message))));
            }
        }
        return new MailsToSend(roundId, assignmentId, username, mails, withoutAddress);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(MailsToSend outgoing) {
        deliver(outgoing);
    }

    /** Sends, marks each message sent or failed, and records and returns what happened. */
    private String deliver(MailsToSend outgoing) {
        int withoutAddress = outgoing.withoutAddress();
        JavaMailSender sender = senders.getIfUnique();
        if (sender == null) {
            return record(
                    outgoing,
                    AuditAction.MAIL_OFF,
                    AuditText.of("audit.detail.mail.off", outgoing.mails().size(), withoutAddress));
        }
        if (outgoing.mails().isEmpty()) {
            return record(outgoing, AuditAction.MAIL_SENT, AuditText.of("audit.detail.mail.none", withoutAddress));
        }
        List<SimpleMailMessage> mails =
                outgoing.mails().stream().map(this::mail).toList();
        Set<Object> failedMails = new HashSet<>();
        String reason = null;
        try {
            sender.send(mails.toArray(SimpleMailMessage[]::new));
        } catch (MailSendException e) {
            // a server that cannot be reached fails every mail; one that refuses some addresses fails only those
            failedMails.addAll(
                    e.getFailedMessages().isEmpty()
                            ? mails
                            : e.getFailedMessages().keySet());
            reason = reasons(e.getMessageExceptions().length == 0 ? new Exception[] {e} : e.getMessageExceptions());
            log.warn(
                    "{} of {} e-mails about {} not sent: {}",
                    failedMails.size(),
                    mails.size(),
                    outgoing.about(),
                    reason,
                    e);
        } catch (MailException e) {
            failedMails.addAll(mails);
            reason = reasons(new Exception[] {e});
            log.warn("E-mails about {} not sent: {}", outgoing.about(), reason, e);
        }
        Set<Long> failed = new HashSet<>();
        for (int i = 0; i < mails.size(); i++) {
            if (failedMails.contains(mails.get(i))) {
                failed.add(outgoing.mails().get(i).messageId());
            }
        }
        int sent = mails.size() - failed.size();
        String detail = failed.isEmpty()
                ? AuditText.of("audit.detail.mail.sent", sent, withoutAddress)
                : AuditText.of("audit.detail.mail.failed", failed.size(), server(sender), reason, sent, withoutAddress);
        try {
            ownTransaction.executeWithoutResult(status -> {
                for (MailsToSend.Mail mail : outgoing.mails()) {
                    messages.findById(mail.messageId())
                            .ifPresent(m ->
                                    m.mailed(failed.contains(mail.messageId()) ? MailStatus.FAILED : MailStatus.SENT));
                }
                outgoing.record(audit, failed.isEmpty() ? AuditAction.MAIL_SENT : AuditAction.MAIL_FAILED, detail);
            });
        } catch (RuntimeException e) {
            // the publication stands whatever happens here; the log keeps what the audit trail could not
            log.error("Could not record in the audit trail of {}: {}", outgoing.about(), detail, e);
        }
        return detail;
    }

    /**
     * Sends the e-mails of the round that did not go out (the server failed, or e-mail was off when the round was
     * published), and says what happened in the audit trail's words, in the user's language.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public String sendAgain(long roundId, String username) {
        MailsToSend outgoing = ownTransaction.execute(status -> {
            List<Message> unsent = messages.findByRoundIdAndMailStatusInOrderById(roundId, UNSENT);
            return prepare(roundId, username, unsent);
        });
        return reader.words(deliver(outgoing), LocaleContextHolder.getLocale());
    }

    /** The mail server as configured, to say where sending failed. */
    private static String server(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl configured
                ? configured.getHost() + ":" + (configured.getPort() < 0 ? 25 : configured.getPort())
                : sender.getClass().getSimpleName();
    }

    private SimpleMailMessage mail(MailsToSend.Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }

    private String record(MailsToSend outgoing, AuditAction action, String detail) {
        try {
            ownTransaction.executeWithoutResult(status -> outgoing.record(audit, action, detail));
        } catch (RuntimeException e) {
            // the publication stands whatever happens here; the log keeps what the audit trail could not
            log.error("Could not record in the audit trail of {}: {}", outgoing.about(), detail, e);
        }
        return detail;
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
