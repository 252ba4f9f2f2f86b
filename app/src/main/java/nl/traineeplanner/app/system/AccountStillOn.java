package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose account has been switched off (or deleted, or forgotten) since it signed in ends at its next
 * request: the request goes on as not signed in, so a page sends the person to the login page and the API answers
 * 401. Without this, a switched-off host or trainee would keep their access until the session timed out (30 minutes
 * idle, 10 hours at most). One look-up of the account per request of a signed-in person.
 */
final class AccountStillOn extends OncePerRequestFilter {

    private final SwitchedOffAccounts switchedOff;

    AccountStillOn(SwitchedOffAccounts switchedOff) {
        this.switchedOff = switchedOff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null
                && signedIn.getPrincipal() instanceof SignedInUser user
                && switchedOff.isSwitchedOff(user.username())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
