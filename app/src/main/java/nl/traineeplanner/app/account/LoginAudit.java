package nl.traineeplanner.app.account;

import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.LoginLocked;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sign-ins to the audit trail, each with the address it came from: every sign-in with the login form, every
 * failed attempt (form or API), and every lockout. Successful HTTP Basic calls of API clients are not written: each
 * call signs in anew.
 */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, null, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication().getName();
        audit.record(
                tried == null || tried.isBlank() ? "?" : tried.strip(),
                AuditAction.LOGIN_FAILED,
                null,
                event.getException().getClass().getSimpleName(),
                null);
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
