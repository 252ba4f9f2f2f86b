package nl.traineeplanner.app.system;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider knew the person, but the planner does not let them in: no (active) account, no role, or a
 * coordinator without a second factor. Says who tried (the e-mail address or user name the provider gave, else its
 * subject) and why, for the login page and the audit trail.
 */
public class OidcSignInRefused extends OAuth2AuthenticationException {

    /** Why, each with the parameter of the login page that explains it. */
    public enum Reason {
        /** Nobody in the planner has this e-mail address or user name, or more than one account does. */
        UNKNOWN_ACCOUNT("unknown"),
        /** The account exists but is switched off. */
        ACCOUNT_DISABLED("unknown"),
        /** The roles claim gives no planner role, or one the account cannot have (a host without organisation). */
        NO_ROLE("norole"),
        /** A coordinator whose identity provider did not report a second factor. */
        NO_SECOND_FACTOR("mfa"),
        /** A registration without the openid scope: plain OAuth2, which says nothing the planner can check. */
        NOT_OPENID_CONNECT("oidcError");

        private final String loginParameter;

        Reason(String loginParameter) {
            this.loginParameter = loginParameter;
        }

        public String loginParameter() {
            return loginParameter;
        }
    }

    private final String identity;
    private final Reason reason;
    private final String detail;
    private final transient List<Object> arguments;

    /**
     * @param detail what more the audit trail says, as the end of its key ({@code audit.oidc.<reason>.<detail>}), or
     *     null
     * @param arguments the arguments of those words, after the registration
     */
    public OidcSignInRefused(String identity, Reason reason, String detail, Object... arguments) {
        super(
                new OAuth2Error("access_denied", reason.name(), null),
                reason.name() + (detail == null ? "" : " " + detail) + " " + Arrays.toString(arguments));
        this.identity = identity;
        this.reason = reason;
        this.detail = detail;
        // an argument may be missing (null), such as the acr a provider did not give
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** Who tried, as the identity provider named them; may be null when it named nobody. */
    public String identity() {
        return identity;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the words for the audit trail ({@code audit.oidc.*}), which take the registration first. */
    public String auditKey() {
        return "audit.oidc." + reason.name() + (detail == null ? "" : "." + detail);
    }

    /** The arguments of those words after the registration. */
    public List<Object> auditArguments() {
        return arguments;
    }
}
