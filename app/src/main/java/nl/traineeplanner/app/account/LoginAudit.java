package nl.traineeplanner.app.account;

import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.LoginLocked;
import nl.traineeplanner.app.system.OidcLoginFailed;
import nl.traineeplanner.app.system.SecondFactor;
import nl.traineeplanner.app.system.SecondFactorCode;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sign-ins to the audit trail, each with the address it came from: every sign-in with the login form or
 * through the identity provider (the detail names it), every failed attempt (form, API or identity provider), and
 * every lockout. A wrong code from the authenticator app after the password is a failed second factor. Successful
 * HTTP Basic calls of API clients are not written: each call signs in anew.
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
        String through = event.getAuthentication() instanceof OAuth2AuthenticationToken oidc
                ? "OpenID Connect " + oidc.getAuthorizedClientRegistrationId()
                : SecondFactor.pending(event.getAuthentication())
                        ? AuditText.of("audit.detail.login.codeFollows")
                        : null;
        audit.record(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, null, through, null);
    }

    /** A sign-in through the identity provider that the planner refused, or that went wrong on the way. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failedThroughIdentityProvider(OidcLoginFailed failed) {
        audit.record(
                failed.identity(),
                AuditAction.LOGIN_FAILED,
                null,
                AuditText.of(failed.key(), failed.arguments().toArray()),
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication().getName();
        if (event.getAuthentication() instanceof SecondFactorCode) {
            audit.record(
                    tried,
                    AuditAction.SECOND_FACTOR_FAILED,
                    null,
                    AuditText.of("audit.detail.secondFactor.signIn"),
                    null);
            return;
        }
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
                AuditText.of("audit.detail.login.locked", locked.address()),
                null);
    }
}
