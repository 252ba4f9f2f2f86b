package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries a personal API token ({@code Authorization: Bearer <token>}), for this call only:
 * nothing is kept in a session. A refused token answers 401 at once, counts towards the sign-in throttle for its
 * address (as a wrong password does), and a locked address gets 429 before the token is even looked up. The token was
 * made in a complete sign-in (with the second factor, when the account has one), so it counts as one.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final BearerTokens tokens;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(
            BearerTokens tokens, LoginThrottle throttle, ApplicationEventPublisher events, MessageSource messages) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.events = events;
        this.messages = messages;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(7).strip();
        // the throttle's "user name" of a token: a short digest, never the token itself
        String tried = "API-sleutel " + digest(token).substring(0, 12);
        String address = request.getRemoteAddr();
        if (throttle.locked(tried, address)) {
            LoginThrottleFilter.tooManyAttempts(request, response, throttle, messages);
            return;
        }
        Optional<UserDetails> user = token.isEmpty() || token.length() > 200 ? Optional.empty() : tokens.userOf(token);
        if (user.isEmpty()) {
            if (throttle.failed(tried, address)) {
                events.publishEvent(new LoginLocked(tried, address));
            }
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user.get(),
                null,
                user.get().getAuthorities().stream()
                        .filter(a -> !SecondFactor.REQUIRED.equals(a.getAuthority()))
                        .toList());
        signedIn.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
