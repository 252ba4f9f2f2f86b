package nl.traineeplanner.app.account;

import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.LoginLocked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes every sign-in lockout to the audit trail: which user name, from which address. */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void locked(LoginLocked locked) {
        audit.record(
                locked.username() == null || locked.username().isBlank() ? "?" : locked.username(),
                AuditAction.LOGIN_LOCKED,
                null,
                "te veel mislukte pogingen; adres " + locked.address(),
                null);
    }
}
