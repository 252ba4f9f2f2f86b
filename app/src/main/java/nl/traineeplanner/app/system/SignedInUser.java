package nl.traineeplanner.app.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, with the organisation (for a host) or trainee (for a trainee) the account belongs to, so pages can
 * show "your own" data without looking the account up again. Roles are COORDINATOR, HOST and TRAINEE.
 *
 * <p>The same object stands for a sign-in with the login form (a {@link UserDetails}) and one through the
 * organisation's identity provider (an {@link OidcUser}, which then keeps what the provider said in {@code oidc}), so
 * every page that asks for the {@code SignedInUser} gets it either way. With {@code secondFactor}, a sign-in with the
 * password must be followed by a code from the authenticator app ({@link SecondFactor#REQUIRED}).
 */
public record SignedInUser(
        String username,
        String passwordHash,
        String role,
        Long organisationId,
        Long traineeId,
        boolean enabled,
        String language,
        OidcUser oidc,
        boolean secondFactor)
        implements UserDetails, OidcUser {

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Signed in through the organisation's identity provider, which asks for a second factor if any. */
    public SignedInUser(
            String username,
            String passwordHash,
            String role,
            Long organisationId,
            Long traineeId,
            boolean enabled,
            String language,
            OidcUser oidc) {
        this(username, passwordHash, role, organisationId, traineeId, enabled, language, oidc, false);
    }

    /** Signed in with a user name and password. */
    public SignedInUser(
            String username,
            String passwordHash,
            String role,
            Long organisationId,
            Long traineeId,
            boolean enabled,
            String language) {
        this(username, passwordHash, role, organisationId, traineeId, enabled, language, null);
    }

    public boolean isHostOf(Long organisation) {
        return "HOST".equals(role) && organisationId != null && organisationId.equals(organisation);
    }

    /** Signed in through the organisation's identity provider (OpenID Connect). */
    public boolean throughIdentityProvider() {
        return oidc != null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return secondFactor
                ? List.of(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority(SecondFactor.REQUIRED))
                : List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** A switched-off account cannot sign in. */
    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** The planner's user name, also after a sign-in through the identity provider (not the provider's subject). */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc == null ? Map.of() : oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc == null ? null : oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc == null ? null : oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc == null ? Map.of() : oidc.getAttributes();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + (oidc == null ? "" : ", OpenID Connect") + "]";
    }
}
