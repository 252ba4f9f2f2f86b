package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with what went wrong when a sign-in through the identity provider does not succeed: no
 * account ({@code ?unknown}), no role ({@code ?norole}), a coordinator without a second factor ({@code ?mfa}), or
 * anything else ({@code ?oidcError}: the provider refused, the person cancelled, the answer did not fit the request).
 * Every case is written to the audit trail (as {@link OidcLoginFailed}).
 */
class OidcLoginFailure implements AuthenticationFailureHandler {

    private final ApplicationEventPublisher events;

    OidcLoginFailure(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String parameter;
        String identity;
        String key;
        List<Object> arguments = new ArrayList<>();
        arguments.add(registrationId(request));
        if (exception instanceof OidcSignInRefused refused) {
            parameter = refused.reason().loginParameter();
            identity = refused.identity();
            key = refused.auditKey();
            arguments.addAll(refused.auditArguments());
        } else {
            parameter = "oidcError";
            identity = null;
            key = "audit.oidc.failed";
            arguments.add(
                    exception instanceof OAuth2AuthenticationException oauth
                            ? oauth.getError().getErrorCode()
                            : exception.getClass().getSimpleName());
        }
        events.publishEvent(new OidcLoginFailed(
                identity == null || identity.isBlank() ? "?" : identity.strip(),
                key,
                Collections.unmodifiableList(arguments)));
        response.sendRedirect(request.getContextPath() + "/login?" + parameter);
    }

    /** The registration from the address the provider sent the person back to: {@code /login/oauth2/code/{id}}. */
    private static String registrationId(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String id = uri.substring(uri.lastIndexOf('/') + 1);
        return id.length() <= 60 ? id : id.substring(0, 60);
    }
}
