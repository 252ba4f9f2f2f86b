package nl.traineeplanner.app.privacy;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditRef;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.message.MessageRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention period of host accounts, applied with the nightly retention: a host account switched off more than
 * {@code traineeplanner.retention.account-months} ago is forgotten (user name, name, address, password, second factor;
 * see {@link UserAccount#forget}), the messages to it are removed, and its user name in the audit trail is replaced by
 * the account's new one. The account itself stays, switched off, for what it did.
 */
@Component
class HostAccountRetention {

    private final UserAccountRepository accounts;
    private final Accounts accountLinks;
    private final MessageRepository messages;
    private final nl.traineeplanner.app.evaluation.EvaluationFormRepository forms;
    private final AuditTrail audit;
    private final Clock clock;
    private final int accountMonths;

    HostAccountRetention(
            UserAccountRepository accounts,
            Accounts accountLinks,
            MessageRepository messages,
            nl.traineeplanner.app.evaluation.EvaluationFormRepository forms,
            AuditTrail audit,
            Clock clock,
            @Value("${traineeplanner.retention.account-months:3}") int accountMonths) {
        this.accounts = accounts;
        this.accountLinks = accountLinks;
        this.messages = messages;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
        this.accountMonths = accountMonths;
    }

    /** Forgets every host account whose period has passed; returns their ids. */
    @Transactional
    public List<Long> apply() {
        List<UserAccount> due = accounts.findSwitchedOffBefore(
                Role.HOST, ZonedDateTime.now(clock).minusMonths(accountMonths).toInstant());
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (UserAccount account : due) {
            messages.deleteAll(messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(account.getId()));
            String former = accountLinks.forgetHost(account);
            renamed.put(former, account.getUsername());
            // the evaluations the host saved or submitted keep who did it, under the account's new name
            forms.findBySavedByOrSubmittedBy(former, former)
                    .forEach(form -> form.anonymise(former, account.getUsername()));
            ids.add(account.getId());
        }
        accounts.flush();
        audit.allowRewrite();
        renamed.forEach(audit::replaceUsername);
        audit.resealAll();
        audit.record(
                Retention.PLANNER,
                AuditAction.RETENTION_APPLIED,
                null,
                AuditText.of(
                        "audit.detail.retention.hostAccounts",
                        accountMonths,
                        ids.size(),
                        ids.stream().map(AuditRef.ACCOUNT::of).toList()),
                null);
        return ids;
    }
}
