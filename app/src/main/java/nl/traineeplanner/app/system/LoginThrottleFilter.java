package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form, or HTTP Basic on the API) for a user name or address that {@link LoginThrottle}
 * has locked, before the password is even checked; and tells the throttle about every failure and success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    LoginThrottleFilter(LoginThrottle throttle, ApplicationEventPublisher events, MessageSource messages) {
        this.throttle = throttle;
        this.events = events;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null && throttle.locked(username, request.getRemoteAddr())) {
            if (isFormLogin(request)) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
            } else if (isSecondFactor(request)) {
                response.sendRedirect(request.getContextPath() + SecondFactorSignIn.PAGE + "?locked");
            } else {
                tooManyAttempts(request, response, throttle, messages);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The API's answer to a locked user name or address: 429, and when to try again. */
    static void tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, LoginThrottle throttle, MessageSource messages)
            throws IOException {
        response.setStatus(429);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Retry-After", String.valueOf(throttle.window().toSeconds()));
        response.getWriter().write(messages.getMessage("login.locked", null, LanguageOfRequest.of(request)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String address = address(event.getAuthentication().getDetails());
        String username = event.getAuthentication().getName();
        if (throttle.failed(username, address)) {
            events.publishEvent(new LoginLocked(username, address));
        }
    }

    /**
     * A complete sign-in forgets the user name's failures; the password alone does not when a code must follow, so
     * that signing in again with the password does not buy more guesses at the code.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!SecondFactor.pending(event.getAuthentication())) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    private static boolean isSecondFactor(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + SecondFactorSignIn.PAGE).equals(request.getRequestURI());
    }

    /** The user name of a sign-in attempt in this request, or null when it is none. */
    private static String attemptedUsername(HttpServletRequest request) {
        if (isFormLogin(request)) {
            return request.getParameter("username");
        }
        if (isSecondFactor(request)) {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            return SecondFactor.signedIn(current) ? current.getName() : null;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
