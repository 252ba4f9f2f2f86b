package nl.traineeplanner.app.system;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is signed in, with the organisation (for a host) or trainee (for a trainee) the account belongs to, so pages can
 * show "your own" data without looking the account up again. Roles are COORDINATOR, HOST and TRAINEE.
 */
public record SignedInUser(
        String username,
        String passwordHash,
        String role,
        Long organisationId,
        Long traineeId,
        boolean enabled,
        String language)
        implements UserDetails {

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean isHostOf(Long organisation) {
        return "HOST".equals(role) && organisationId != null && organisationId.equals(organisation);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
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

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
