package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.system.OidcSignInRefused;
import nl.traineeplanner.app.system.OidcSignInRefused.Reason;
import nl.traineeplanner.app.system.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets in through the identity provider, and as whom: the ID token of a made-up provider (no provider is reached:
 * the registration has no user-info address) is bound to the demo accounts.
 */
@WebAppTest
@Transactional
class OidcAccountsTests {

    private static final ClientRegistration PROVIDER = ClientRegistration.withRegistrationId("test")
            .clientId("planner")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "email")
            .authorizationUri("http://localhost:9/authorize")
            .tokenUri("http://localhost:9/token")
            .jwkSetUri("http://localhost:9/jwks")
            .build();

    @Autowired
    private UserAccountRepository accounts;

    private OidcAccounts byEmail() {
        return with(OidcAccounts.Settings.byEmail());
    }

    private OidcAccounts with(OidcAccounts.Settings settings) {
        return new OidcAccounts(accounts, new OidcUserService(), settings);
    }

    private static OidcAccounts.Settings settings(
            String usernameClaim, String rolesClaim, boolean coordinatorMfa, String acrValues) {
        var defaults = OidcAccounts.Settings.byEmail();
        return new OidcAccounts.Settings(
                usernameClaim,
                rolesClaim,
                defaults.roleValues(),
                coordinatorMfa,
                defaults.mfaAmrValues(),
                OidcAccounts.words(acrValues));
    }

    /** The request the provider's answer makes: an ID token with these claims (and a subject). */
    private static OidcUserRequest signIn(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.putIfAbsent("sub", "subject-123");
        OidcIdToken token =
                new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), all);
        OAuth2AccessToken access = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access",
                Instant.now(),
                Instant.now().plusSeconds(300),
                Set.of("openid", "email"));
        return new OidcUserRequest(PROVIDER, access, token);
    }

    private static OidcSignInRefused refused(OidcAccounts service, Map<String, Object> claims) {
        OidcSignInRefused refused =
                catchThrowableOfType(OidcSignInRefused.class, () -> service.loadUser(signIn(claims)));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void theHostIsFoundByTheEMailAddressOfTheAccountWhateverItsCapitals() {
        var user = (SignedInUser) byEmail().loadUser(signIn(Map.of("email", "Harm.Dijkstra@Oldambt.example.org")));

        assertThat(user.username()).isEqualTo("host");
        assertThat(user.role()).isEqualTo("HOST");
        assertThat(user.organisationId())
                .isEqualTo(accounts.findByUsername("host")
                        .orElseThrow()
                        .getOrganisation()
                        .getId());
        assertThat(user.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_HOST");
        assertThat(user.getName()).isEqualTo("host");
        assertThat(user.throughIdentityProvider()).isTrue();
        assertThat(user.getIdToken().getSubject()).isEqualTo("subject-123");
        assertThat(user.getPassword()).isNull();
    }

    @Test
    void aTraineeIsFoundByTheEMailAddressOfTheirProfile() {
        var user = (SignedInUser) byEmail().loadUser(signIn(Map.of("email", "anna.de.jong@trainee.example.nl")));

        assertThat(user.username()).isEqualTo("trainee");
        assertThat(user.role()).isEqualTo("TRAINEE");
        assertThat(user.traineeId())
                .isEqualTo(accounts.findByUsername("trainee")
                        .orElseThrow()
                        .getTrainee()
                        .getId());
    }

    @Test
    void anotherClaimCanNameTheAccountByItsUserName() {
        var service = with(settings("preferred_username", "", false, ""));

        var user = (SignedInUser) service.loadUser(signIn(Map.of("preferred_username", "Coordinator")));

        assertThat(user.username()).isEqualTo("coordinator");
        assertThat(user.role()).isEqualTo("COORDINATOR");
    }

    @Test
    void someoneWithoutAnAccountIsRefusedAndNamed() {
        var refused = refused(byEmail(), Map.of("email", "nobody@example.org"));

        assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_ACCOUNT);
        assertThat(refused.identity()).isEqualTo("nobody@example.org");
        assertThat(refused.reason().loginParameter()).isEqualTo("unknown");
    }

    @Test
    void aSwitchedOffAccountIsRefused() {
        accounts.findByUsername("bram").orElseThrow().disable();

        var refused = refused(byEmail(), Map.of("email", "bram.visser@trainee.example.nl"));

        assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_DISABLED);
        assertThat(refused.identity()).isEqualTo("bram");
        assertThat(refused.reason().loginParameter()).isEqualTo("unknown");
    }

    @Test
    void withoutTheClaimOrWithAnUnconfirmedAddressNobodyIsFound() {
        var noClaim = refused(byEmail(), Map.of("name", "Harm Dijkstra"));
        assertThat(noClaim.reason()).isEqualTo(Reason.UNKNOWN_ACCOUNT);
        assertThat(noClaim.identity()).isEqualTo("subject-123");

        var unconfirmed =
                refused(byEmail(), Map.of("email", "harm.dijkstra@oldambt.example.org", "email_verified", false));
        assertThat(unconfirmed.reason()).isEqualTo(Reason.UNKNOWN_ACCOUNT);
        assertThat(unconfirmed.auditKey()).isEqualTo("audit.oidc.UNKNOWN_ACCOUNT.emailNotVerified");
    }

    @Test
    void theRolesClaimGivesTheRoleButTheOrganisationComesFromTheAccount() {
        var roles = OidcAccounts.Settings.byEmail().roleValues();
        roles.put(Role.COORDINATOR, OidcAccounts.words("Planner.Coordinator"));
        roles.put(Role.HOST, OidcAccounts.words("Planner.Host"));
        var service = with(new OidcAccounts.Settings("email", "roles", roles, false, Set.of(), Set.of()));
        String harm = "harm.dijkstra@oldambt.example.org";

        var asHost = (SignedInUser) service.loadUser(signIn(Map.of("email", harm, "roles", List.of("planner.host"))));
        assertThat(asHost.role()).isEqualTo("HOST");
        assertThat(asHost.organisationId()).isNotNull();

        var asCoordinator =
                (SignedInUser) service.loadUser(signIn(Map.of("email", harm, "roles", List.of("Planner.Coordinator"))));
        assertThat(asCoordinator.role()).isEqualTo("COORDINATOR");
        assertThat(asCoordinator.organisationId()).isNull();

        var noRole = refused(service, Map.of("email", harm, "roles", List.of("Mail.Read")));
        assertThat(noRole.reason()).isEqualTo(Reason.NO_ROLE);
        assertThat(noRole.identity()).isEqualTo("host");
    }

    @Test
    void aRoleTheAccountCannotHaveIsRefused() {
        var service = with(settings("email", "roles", false, ""));

        var refused = refused(service, Map.of("email", "harm.dijkstra@oldambt.example.org", "roles", "trainee"));

        assertThat(refused.reason()).isEqualTo(Reason.NO_ROLE);
        assertThat(refused.auditKey()).isEqualTo("audit.oidc.NO_ROLE.notFitting");
    }

    @Test
    void theRolesCanSitInANestedClaim() {
        var service = with(settings("email", "realm_access.roles", false, ""));

        var user = (SignedInUser) service.loadUser(signIn(Map.of(
                "email",
                "anna.de.jong@trainee.example.nl",
                "realm_access",
                Map.of("roles", List.of("offline_access", "TRAINEE")))));

        assertThat(user.role()).isEqualTo("TRAINEE");
        assertThat(user.traineeId()).isNotNull();
    }

    @Test
    void aCoordinatorNeedsASecondFactorWhenThatIsAsked() {
        var service = with(settings("email", "", true, ""));

        var refused = refused(service, Map.of("email", "coordinator@example.org", "amr", List.of("pwd")));
        assertThat(refused.reason()).isEqualTo(Reason.NO_SECOND_FACTOR);
        assertThat(refused.identity()).isEqualTo("coordinator");
        assertThat(refused.reason().loginParameter()).isEqualTo("mfa");
        assertThat(refused(service, Map.of("email", "coordinator@example.org")).reason())
                .isEqualTo(Reason.NO_SECOND_FACTOR);

        var withApp = (SignedInUser)
                service.loadUser(signIn(Map.of("email", "coordinator@example.org", "amr", List.of("pwd", "mfa"))));
        assertThat(withApp.role()).isEqualTo("COORDINATOR");
        var withKey = (SignedInUser)
                service.loadUser(signIn(Map.of("email", "coordinator@example.org", "amr", List.of("HWK"))));
        assertThat(withKey.role()).isEqualTo("COORDINATOR");
    }

    @Test
    void anAcrValueCanCountAsASecondFactor() {
        var service = with(settings("email", "", true, "urn:example:loa:2"));

        assertThat(refused(service, Map.of("email", "coordinator@example.org", "acr", "urn:example:loa:1"))
                        .reason())
                .isEqualTo(Reason.NO_SECOND_FACTOR);
        var user = (SignedInUser)
                service.loadUser(signIn(Map.of("email", "coordinator@example.org", "acr", "urn:example:loa:2")));
        assertThat(user.role()).isEqualTo("COORDINATOR");
    }

    @Test
    void hostsAndTraineesNeedNoSecondFactorFromThePlanner() {
        var service = with(settings("email", "", true, ""));

        var host = (SignedInUser) service.loadUser(signIn(Map.of("email", "harm.dijkstra@oldambt.example.org")));

        assertThat(host.role()).isEqualTo("HOST");
    }
}
