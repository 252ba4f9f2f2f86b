package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: a session, however busy, ends a fixed time after it began, so a sign-in is never good
 * for longer than a working day. (The idle timeout is the servlet container's {@code server.servlet.session.timeout}.)
 * Runs before Spring Security, so the request that finds the session too old is treated as not signed in.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class SessionLifetime extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    SessionLifetime(@Value("${traineeplanner.session.absolute-timeout:10h}") Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    SessionLifetime(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
