package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditWords;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Where a failed sign-in through the identity provider leads, and what the audit trail hears of it. */
class OidcLoginFailureTests {

    private final List<Object> events = new ArrayList<>();
    private final OidcLoginFailure failure = new OidcLoginFailure(events::add);

    private MockHttpServletResponse fail(Exception exception) throws Exception {
        var request = new MockHttpServletRequest("GET", "/login/oauth2/code/entra");
        var response = new MockHttpServletResponse();
        failure.onAuthenticationFailure(request, response, (OAuth2AuthenticationException) exception);
        return response;
    }

    /** Who tried, and the line the audit trail writes, as a Dutch reader sees it. */
    private List<Tuple> audited() {
        return events.stream()
                .map(e -> (OidcLoginFailed) e)
                .map(f -> tuple(
                        f.identity(),
                        AuditWords.dutch(AuditText.of(f.key(), f.arguments().toArray()))))
                .toList();
    }

    @Test
    void eachRefusalHasItsMessageOnTheLoginPage() throws Exception {
        assertThat(fail(new OidcSignInRefused("a@example.org", OidcSignInRefused.Reason.UNKNOWN_ACCOUNT, null))
                        .getRedirectedUrl())
                .isEqualTo("/login?unknown");
        assertThat(fail(new OidcSignInRefused("bram", OidcSignInRefused.Reason.ACCOUNT_DISABLED, null))
                        .getRedirectedUrl())
                .isEqualTo("/login?unknown");
        assertThat(fail(new OidcSignInRefused("host", OidcSignInRefused.Reason.NO_ROLE, "values", "roles []"))
                        .getRedirectedUrl())
                .isEqualTo("/login?norole");
        assertThat(fail(new OidcSignInRefused(
                                "coordinator", OidcSignInRefused.Reason.NO_SECOND_FACTOR, null, "[pwd]", "urn:loa:1"))
                        .getRedirectedUrl())
                .isEqualTo("/login?mfa");

        assertThat(audited())
                .containsExactly(
                        tuple("a@example.org", "OpenID Connect entra: geen account in de planner"),
                        tuple("bram", "OpenID Connect entra: account uitgeschakeld"),
                        tuple("host", "OpenID Connect entra: geen rol in de planner (roles [])"),
                        tuple(
                                "coordinator",
                                "OpenID Connect entra: coördinator zonder tweede factor (amr [pwd], acr urn:loa:1)"));
    }

    @Test
    void whatTheProviderRefusedIsWrittenByItsErrorCodeWithoutAName() throws Exception {
        var cancelled = new OAuth2AuthenticationException(new OAuth2Error("access_denied", "the user said no", null));

        assertThat(fail(cancelled).getRedirectedUrl()).isEqualTo("/login?oidcError");
        assertThat(audited()).containsExactly(tuple("?", "OpenID Connect entra: access_denied"));
    }

    @Test
    void plainOAuth2WithoutOpenIdIsRefused() {
        var registration = ClientRegistration.withRegistrationId("github")
                .clientId("planner")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://localhost:9/authorize")
                .tokenUri("http://localhost:9/token")
                .build();
        var token = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access",
                Instant.now(),
                Instant.now().plusSeconds(60));

        var refused = catchThrowableOfType(
                OidcSignInRefused.class,
                () -> SecurityConfiguration.notOpenIdConnect(new OAuth2UserRequest(registration, token)));

        assertThat(refused.reason()).isEqualTo(OidcSignInRefused.Reason.NOT_OPENID_CONNECT);
        assertThat(refused.reason().loginParameter()).isEqualTo("oidcError");
    }
}
