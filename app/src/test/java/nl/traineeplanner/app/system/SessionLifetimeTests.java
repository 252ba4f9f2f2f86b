package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** However busy, a session ends ten hours after it began. */
class SessionLifetimeTests {

    @Test
    void aSessionOlderThanItsLifetimeIsEndedAndAYoungerOneKept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant began = Instant.ofEpochMilli(session.getCreationTime());

        MockHttpServletRequest young = new MockHttpServletRequest("GET", "/rounds");
        young.setSession(session);
        filterAt(began.plus(Duration.ofHours(9))).doFilter(young, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();

        MockHttpServletRequest old = new MockHttpServletRequest("GET", "/rounds");
        old.setSession(session);
        filterAt(began.plus(Duration.ofHours(10).plusSeconds(1)))
                .doFilter(old, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }

    private static SessionLifetime filterAt(Instant now) {
        return new SessionLifetime(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC));
    }
}
