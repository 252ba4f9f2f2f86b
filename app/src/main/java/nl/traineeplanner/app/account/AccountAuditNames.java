package nl.traineeplanner.app.account;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.audit.AuditNames;
import nl.traineeplanner.app.audit.AuditRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user names of accounts the audit trail refers to; a deleted account has none. */
@Component
class AccountAuditNames implements AuditNames {

    private final UserAccountRepository accounts;

    AccountAuditNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuditRef kind() {
        return AuditRef.ACCOUNT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Set<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }
}
