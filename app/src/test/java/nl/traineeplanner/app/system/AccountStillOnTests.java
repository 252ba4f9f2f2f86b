package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The check of a session's account at each request, on its own: a switched-off account's session ends, the static
 * files are not looked up, and a database that does not answer gives 503 (with the API's problem document), not a
 * stack trace.
 */
class AccountStillOnTests {

    private final List<String> lookedUp = new ArrayList<>();
    private final StaticMessageSource messages = new StaticMessageSource();

    AccountStillOnTests() {
        messages.addMessage("error.database", java.util.Locale.forLanguageTag("nl"), "De database is weg.");
        messages.setUseCodeAsDefaultMessage(true);
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    private AccountStillOn filter(SwitchedOffAccounts accounts) {
        return new AccountStillOn(
                username -> {
                    lookedUp.add(username);
                    return accounts.isSwitchedOff(username);
                },
                PathPatternRequestMatcher.withDefaults().matcher("/css/**"),
                messages);
    }

    private static MockHttpServletRequest signedIn(String path) {
        SignedInUser bram = new SignedInUser("bram", "{noop}x", "TRAINEE", null, 7L, true, "nl", null, false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(bram, null, bram.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(new MockHttpSession());
        return request;
    }

    @Test
    void aSwitchedOffAccountsSessionEndsAndTheRequestGoesOnAsNotSignedIn() throws Exception {
        MockHttpServletRequest request = signedIn("/my");
        MockFilterChain chain = new MockFilterChain();

        filter(username -> true).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(lookedUp).containsExactly("bram");
        assertThat(((MockHttpSession) request.getSession(false))).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
    }

    @Test
    void anAccountThatIsOnKeepsItsSessionAndStaticFilesAreNotLookedUp() throws Exception {
        MockHttpServletRequest page = signedIn("/my");
        filter(username -> false).doFilter(page, new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletRequest style = signedIn("/css/app.css");
        filter(username -> true).doFilter(style, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(lookedUp).containsExactly("bram");
        assertThat(page.getSession(false)).isNotNull();
        assertThat(style.getSession(false)).isNotNull();
    }

    /**
     * No connection to be had, or a pooled connection that PostgreSQL ended when it was stopped ("terminating
     * connection due to administrator command", SQL state 57P01, which Hibernate reports as a generic JDBC error).
     */
    static List<RuntimeException> databaseDown() {
        return List.of(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"),
                new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(new java.sql.SQLException(
                        "FATAL: terminating connection due to administrator command", "57P01"))));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("databaseDown")
    void aDatabaseThatDoesNotAnswerGives503(RuntimeException failure) throws Exception {
        SwitchedOffAccounts down = username -> {
            throw failure;
        };
        MockHttpServletResponse page = new MockHttpServletResponse();
        MockFilterChain pageChain = new MockFilterChain();
        filter(down).doFilter(signedIn("/my"), page, pageChain);

        MockHttpServletResponse api = new MockHttpServletResponse();
        MockHttpServletRequest apiRequest = signedIn("/api/my/profile");
        apiRequest.addPreferredLocale(java.util.Locale.forLanguageTag("nl"));
        filter(down).doFilter(apiRequest, api, new MockFilterChain());

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("30");
        assertThat(pageChain.getRequest()).as("the request stops here").isNull();
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("database-unreachable");
    }
}
