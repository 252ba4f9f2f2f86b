package nl.traineeplanner.app.system;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal of work nobody started by hand: named {@code system:<job>}, with the one role {@code SYSTEM}, which no
 * account can have and no page or API rule lets in; only services that jobs call allow it, next to the people's roles.
 */
public final class SystemPrincipal {

    /** The role, as {@code hasRole('SYSTEM')} checks it. */
    public static final String ROLE = "SYSTEM";

    /** The prefix of the principal's name. */
    public static final String PREFIX = "system:";

    private SystemPrincipal() {}

    /** Runs the work as the system principal of this job, and puts back whoever was there before. */
    public static <T> T call(String job, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                PREFIX + job, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(String job, Runnable work) {
        call(job, () -> {
            work.run();
            return null;
        });
    }
}
