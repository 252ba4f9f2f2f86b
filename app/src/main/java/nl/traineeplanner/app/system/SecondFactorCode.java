package nl.traineeplanner.app.system;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A code from the authenticator app, typed after the password by someone already signed in with it: not yet checked.
 * The audit trail writes a wrong one as a failed second factor.
 */
public final class SecondFactorCode extends AbstractAuthenticationToken {

    private final Object principal;
    private final String username;
    private final String code;

    SecondFactorCode(Object principal, String username, String code) {
        super(List.of());
        this.principal = principal;
        this.username = username;
        this.code = code;
        setAuthenticated(false);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
