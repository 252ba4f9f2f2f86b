package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.system.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made on one's own account page and shown once, sent as {@code Authorization: Bearer} on the
 * API only, acting as their user; refused after revocation or expiry, throttled on failures, and in the audit trail.
 */
@WebAppTest
@Transactional
class ApiTokensTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApiTokens tokens;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LoginThrottle throttle;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entities;

    /** Failed sign-ins of other tests in the same application count per address too: start and end with none. */
    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    private String tokenOf(String username) {
        return tokens.create(accounts.findByUsername(username).orElseThrow(), "test", 30)
                .secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private List<AuditEvent> audited(AuditAction action) {
        return audit.findAll().stream().filter(e -> e.getAction() == action).toList();
    }

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceAndActsAsItsUserOnTheApi() throws Exception {
        MvcResult made = mvc.perform(post("/account/api-tokens")
                        .param("name", "Rapportage")
                        .param("days", "90")
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        Matcher shown = Pattern.compile("tp_[A-Za-z0-9_-]{43}")
                .matcher(made.getResponse().getContentAsString());
        assertThat(shown.find()).as("the new token on the page").isTrue();
        String token = shown.group();
        assertThat(jdbc.queryForList("select token_hash from api_token", String.class))
                .as("only its digest is stored")
                .hasSize(1)
                .doesNotContain(token)
                .contains(Invitations.digest(token));
        assertThat(audited(AuditAction.API_TOKEN_CREATED))
                .singleElement()
                .satisfies(e -> assertThat(e.getUsername()).isEqualTo("coordinator"));

        MvcResult call = mvc.perform(bearer(get("/api/assignments"), token))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(call.getRequest().getSession(false)).as("no session is made").isNull();
        // no CSRF token for a call with a token: the stop of a run that does not exist is 404, not 403
        mvc.perform(bearer(post("/api/runs/999999/stop"), token)).andExpect(status().isNotFound());

        mvc.perform(get("/account").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rapportage")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
    }

    @Test
    void aTokenHasItsUsersRoleAndObjectsAndNothingOnThePages() throws Exception {
        String trainee = tokenOf("trainee");
        mvc.perform(bearer(get("/api/my/evaluations"), trainee)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/rounds/1"), trainee)).andExpect(status().isForbidden());

        for (String page : List.of("/", "/my", "/account")) {
            mvc.perform(bearer(get(page), trainee))
                    .andExpect(status().isFound())
                    .andExpect(result ->
                            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        }
    }

    @Test
    void aRevokedOrExpiredTokenIsRefusedAndTheRefusalAudited() throws Exception {
        UserAccount host = accounts.findByUsername("host").orElseThrow();
        ApiTokens.Issued revoked = tokens.create(host, "oud", 30);
        ApiTokens.Issued expired = tokens.create(host, "verlopen", 1);
        mvc.perform(bearer(get("/api/assignments"), revoked.secret())).andExpect(status().isOk());

        mvc.perform(post("/account/api-tokens/{id}/revoke", revoked.token().getId())
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(bearer(get("/api/assignments"), revoked.secret())).andExpect(status().isUnauthorized());
        assertThat(audited(AuditAction.API_TOKEN_REVOKED)).hasSize(1);

        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")),
                expired.token().getId());
        entities.flush();
        entities.clear();
        mvc.perform(bearer(get("/api/assignments"), expired.secret())).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/assignments"), "tp_nothing")).andExpect(status().isUnauthorized());

        assertThat(audited(AuditAction.API_TOKEN_REFUSED))
                .extracting(AuditEvent::getUsername, e -> AuditWords.dutch(e.getDetail()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "host",
                                "API-sleutel #%d \"oud\": ingetrokken"
                                        .formatted(revoked.token().getId())),
                        org.assertj.core.groups.Tuple.tuple(
                                "host",
                                "API-sleutel #%d \"verlopen\": verlopen"
                                        .formatted(expired.token().getId())),
                        org.assertj.core.groups.Tuple.tuple("?", "onbekende API-sleutel"));
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        ApiTokens.Issued trainees =
                tokens.create(accounts.findByUsername("trainee").orElseThrow(), "agenda", 30);
        mvc.perform(post("/account/api-tokens/{id}/revoke", trainees.token().getId())
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/my/evaluations"), trainees.secret())).andExpect(status().isOk());
        // and nobody makes one without the page's CSRF token
        mvc.perform(post("/account/api-tokens")
                        .param("name", "x")
                        .param("days", "1")
                        .with(SignIn.as("host")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/api-tokens")
                        .param("name", "x")
                        .param("days", "366")
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void wrongTokensAreThrottledLikeWrongPasswords() throws Exception {
        String good = tokenOf("coordinator");
        for (int i = 0; i < 50; i++) {
            mvc.perform(bearer(get("/api/assignments"), "tp_guess" + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(bearer(get("/api/assignments"), good)).andExpect(status().is(429));
        assertThat(audited(AuditAction.LOGIN_LOCKED)).hasSize(1);
    }
}
