package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose account has been switched off (or deleted, or forgotten) since it signed in ends at its next
 * request: the request goes on as not signed in, so a page sends the person to the login page, the API answers 401,
 * and a form sent (POST) is refused, as its session no longer holds the form's token. Without this, a switched-off
 * host or trainee would keep their access until the session timed out (30 minutes idle, 10 hours at most).
 *
 * <p>One look-up of the account per request of a signed-in person, except for the static files (style sheets,
 * scripts, icons). When the database does not answer, the request gets the same 503 as a page that needs the database
 * ({@link PageErrors}).
 */
final class AccountStillOn extends OncePerRequestFilter {

    private final SwitchedOffAccounts switchedOff;
    private final RequestMatcher staticFiles;
    private final MessageSource messages;

    AccountStillOn(SwitchedOffAccounts switchedOff, RequestMatcher staticFiles, MessageSource messages) {
        this.switchedOff = switchedOff;
        this.staticFiles = staticFiles;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staticFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            boolean off;
            try {
                off = switchedOff.isSwitchedOff(user.username());
            } catch (RuntimeException e) {
                if (!PageErrors.connectionLost(e)) {
                    throw e;
                }
                if (!PageErrors.answeredDatabaseUnreachable(request, response, messages)) {
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
                return;
            }
            if (off) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
