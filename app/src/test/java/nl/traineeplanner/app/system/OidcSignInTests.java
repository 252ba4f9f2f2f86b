package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing in through the organisation's identity provider, as set with the standard Spring Boot registration
 * properties, here for a made-up provider at addresses nobody answers on; the login form is switched off and a
 * coordinator needs a second factor. The provider's side of the exchange (the token endpoint and the signature of the
 * ID token) is played by the test, so everything of the planner's side runs: the redirect to the provider, the way
 * back with state and nonce checked, the binding to the account, the refusals, the audit trail and the start page.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:oidc;DB_CLOSE_DELAY=-1",
            "spring.security.oauth2.client.registration.test.client-id=planner",
            "spring.security.oauth2.client.registration.test.client-secret=secret",
            "spring.security.oauth2.client.registration.test.scope=openid,email",
            "spring.security.oauth2.client.registration.test.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.test.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.test.authorization-uri=http://localhost:9/authorize",
            "spring.security.oauth2.client.provider.test.token-uri=http://localhost:9/token",
            "spring.security.oauth2.client.provider.test.jwk-set-uri=http://localhost:9/jwks",
            "traineeplanner.oidc.label=Gemeente Testdam",
            "traineeplanner.oidc.coordinator-mfa=true",
            "traineeplanner.login.form=false"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class OidcSignInTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private UserDetailsService accounts;

    @Test
    void theLoginPageOffersTheOrganisationAndNoPasswordForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/oauth2/authorization/test\""),
                                containsString("Inloggen via Gemeente Testdam"),
                                not(containsString("type=\"password\"")),
                                not(containsString("Wachtwoord vergeten?")))));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in through Gemeente Testdam")));
    }

    @Test
    void theButtonLeadsToTheProvider() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/test"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location)
                .startsWith("http://localhost:9/authorize?")
                .contains("response_type=code", "client_id=planner", "scope=openid%20email", "state=", "nonce=")
                .contains("redirect_uri=http://localhost/login/oauth2/code/test");
    }

    @Test
    void aPageWithoutSignInLeadsToTheLoginPageAndTheFormIsNotTaken() throws Exception {
        mvc.perform(get("/assignments")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login")
                        .param("username", "coordinator")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(unauthenticated());
    }

    @Test
    void aTraineeSignsInThroughTheProviderAndReachesTheirOwnPages() throws Exception {
        MockHttpSession session = new MockHttpSession();

        String back = signIn(session, Map.of("email", "Anna.de.Jong@trainee.example.nl"));

        assertThat(back).isEqualTo("/my");
        mvc.perform(get("/my").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna")));
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_SUCCEEDED
                        && e.getUsername().equals("trainee")
                        && "OpenID Connect test".equals(e.getDetail()));
    }

    @Test
    void someoneWithoutAnAccountIsSentBackWithAClearMessageAndWritten() throws Exception {
        String back = signIn(new MockHttpSession(), Map.of("email", "onbekend@testdam.example.org"));

        assertThat(back).isEqualTo("/login?unknown");
        mvc.perform(get("/login").param("unknown", ""))
                .andExpect(content().string(containsString("geen actief account")));
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_FAILED
                        && e.getUsername().equals("onbekend@testdam.example.org")
                        && AuditWords.dutch(e.getDetail()).contains("geen account in de planner"));
    }

    @Test
    void theCoordinatorNeedsASecondFactorAtTheProvider() throws Exception {
        String refused =
                signIn(new MockHttpSession(), Map.of("email", "coordinator@example.org", "amr", List.of("pwd")));

        assertThat(refused).isEqualTo("/login?mfa");
        mvc.perform(get("/login").param("mfa", "")).andExpect(content().string(containsString("tweede factor")));
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_FAILED
                        && e.getUsername().equals("coordinator")
                        && AuditWords.dutch(e.getDetail()).contains("tweede factor"));

        MockHttpSession session = new MockHttpSession();
        String admitted = signIn(session, Map.of("email", "coordinator@example.org", "amr", List.of("pwd", "mfa")));
        assertThat(admitted).isEqualTo("/dashboard");
        mvc.perform(get("/trainees").session(session)).andExpect(status().isOk());
    }

    @Test
    void aWayBackThatWasNeverAskedForIsRefusedAndWritten() throws Exception {
        mvc.perform(get("/login/oauth2/code/test").param("code", "made-up").param("state", "made-up"))
                .andExpect(redirectedUrl("/login?oidcError"));
        mvc.perform(get("/login").param("oidcError", "")).andExpect(content().string(containsString("niet gelukt")));
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_FAILED
                        && e.getUsername().equals("?")
                        && AuditWords.dutch(e.getDetail()).startsWith("OpenID Connect test: "));
    }

    @Test
    void pagesThatAskForTheSignedInUserGetItAfterASignInThroughTheProvider() throws Exception {
        var host = (SignedInUser) accounts.loadUserByUsername("host");
        var claims = Map.<String, Object>of("sub", "subject-host", "email", "harm.dijkstra@oldambt.example.org");
        var identity = new DefaultOidcUser(
                List.of(),
                new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims));
        var signedIn = new SignedInUser(
                host.username(), null, host.role(), host.organisationId(), null, true, host.language(), identity);

        mvc.perform(get("/host").with(oidcLogin().oidcUser(signedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gemeente Oldambt")));
    }

    /**
     * The whole round trip: to the provider, and back with a code whose ID token has these claims (and the state and
     * nonce of this sign-in). Returns where the planner sends the browser then.
     */
    private String signIn(MockHttpSession session, Map<String, Object> claims) throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/test").session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var parameters = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        String state = URLDecoder.decode(parameters.getFirst("state"), StandardCharsets.UTF_8);
        String nonce = URLDecoder.decode(parameters.getFirst("nonce"), StandardCharsets.UTF_8);

        String code = UUID.randomUUID().toString();
        Map<String, Object> idToken = new HashMap<>(claims);
        idToken.put("sub", "subject-" + code);
        idToken.put("nonce", nonce);
        MadeUpProvider.ID_TOKENS.put(code, idToken);

        return mvc.perform(get("/login/oauth2/code/test")
                        .param("code", code)
                        .param("state", state)
                        .session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /**
     * The provider's side: its token endpoint answers a code with the ID token the test put there, and its signature is
     * taken on trust (the real checks of signature, issuer, audience and expiry are Spring Security's own).
     */
    @TestConfiguration
    static class MadeUpProvider {

        static final Map<String, Map<String, Object>> ID_TOKENS = new ConcurrentHashMap<>();

        @Bean
        OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> madeUpTokenEndpoint() {
            return request -> {
                String code = request.getAuthorizationExchange()
                        .getAuthorizationResponse()
                        .getCode();
                return OAuth2AccessTokenResponse.withToken("access-" + code)
                        .tokenType(OAuth2AccessToken.TokenType.BEARER)
                        .expiresIn(300)
                        .scopes(Set.of("openid", "email"))
                        .additionalParameters(Map.of(OidcParameterNames.ID_TOKEN, code))
                        .build();
            };
        }

        @Bean
        JwtDecoderFactory<ClientRegistration> madeUpIdTokens() {
            return registration -> token -> Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .claims(claims -> claims.putAll(ID_TOKENS.get(token)))
                    .issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(300))
                    .build();
        }
    }
}
