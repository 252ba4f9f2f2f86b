package nl.traineeplanner.app.system;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The second factor of a sign-in with the login form: a code from an authenticator app (TOTP, RFC 6238). An account
 * that has one, or a coordinator who must have one, signs in with {@link #REQUIRED} among its authorities; such a
 * sign-in reaches no page (and no API call) until the code has added the factor {@link #TOTP}. Spring Security's
 * multi-factor building blocks do the work: {@link FactorGrantedAuthority} for the factor, an additional authorization
 * rule on every {@code hasRole} and {@code authenticated} rule, and the access-denied handler that sends a sign-in
 * that misses the factor to the page that asks for it.
 */
public final class SecondFactor {

    /** The factor a correct code from the authenticator app adds to the sign-in. */
    public static final String TOTP = "FACTOR_TOTP";

    /** Not a factor but a mark: this sign-in must add {@link #TOTP} before it reaches anything. */
    public static final String REQUIRED = "SECOND_FACTOR_REQUIRED";

    private SecondFactor() {}

    /** Grants what the other rules grant, unless the sign-in is marked {@link #REQUIRED} and lacks the code. */
    public static <T> AuthorizationManager<T> requirement() {
        AllRequiredFactorsAuthorizationManager<T> code = AllRequiredFactorsAuthorizationManager.<T>builder()
                .requireFactor(factor -> factor.authority(TOTP))
                .build();
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, T object) {
                return marked(authentication.get())
                        ? code.authorize(authentication, object)
                        : new AuthorizationDecision(true);
            }
        };
    }

    /** Whether this sign-in still has to give the code (or set up the authenticator app first). */
    public static boolean pending(Authentication authentication) {
        return marked(authentication) && !has(authentication, TOTP);
    }

    /** Signed in with a password or more, not anonymously. */
    public static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    static boolean marked(Authentication authentication) {
        return signedIn(authentication) && has(authentication, REQUIRED);
    }

    static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
