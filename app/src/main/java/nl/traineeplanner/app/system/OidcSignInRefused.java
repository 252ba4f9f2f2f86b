package nl.traineeplanner.app.system;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider knew the person, but the planner does not let them in: no (active) account, no role, or a
 * coordinator without a second factor. Says who tried (the e-mail address or user name the provider gave, else its
 * subject) and why, for the login page and the audit trail.
 */
public class OidcSignInRefused extends OAuth2AuthenticationException {

    /** Why, each with the parameter of the login page that explains it and the words for the audit trail. */
    public enum Reason {
        /** Nobody in the planner has this e-mail address or user name, or more than one account does. */
        UNKNOWN_ACCOUNT("unknown", "geen account in de planner"),
        /** The account exists but is switched off. */
        ACCOUNT_DISABLED("unknown", "account uitgeschakeld"),
        /** The roles claim gives no planner role, or one the account cannot have (a host without organisation). */
        NO_ROLE("norole", "geen rol in de planner"),
        /** A coordinator whose identity provider did not report a second factor. */
        NO_SECOND_FACTOR("mfa", "coördinator zonder tweede factor"),
        /** A registration without the openid scope: plain OAuth2, which says nothing the planner can check. */
        NOT_OPENID_CONNECT("oidcError", "geen OpenID Connect (scope openid ontbreekt)");

        private final String loginParameter;
        private final String audit;

        Reason(String loginParameter, String audit) {
            this.loginParameter = loginParameter;
            this.audit = audit;
        }

        public String loginParameter() {
            return loginParameter;
        }

        public String audit() {
            return audit;
        }
    }

    private final String identity;
    private final Reason reason;

    public OidcSignInRefused(String identity, Reason reason, String detail) {
        super(
                new OAuth2Error("access_denied", reason.audit(), null),
                reason.audit() + (detail == null ? "" : " (" + detail + ")"));
        this.identity = identity;
        this.reason = reason;
    }

    /** Who tried, as the identity provider named them; may be null when it named nobody. */
    public String identity() {
        return identity;
    }

    public Reason reason() {
        return reason;
    }
}
