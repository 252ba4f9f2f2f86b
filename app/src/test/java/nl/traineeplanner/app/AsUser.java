package nl.traineeplanner.app;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a signed-in user with one role, for tests that call a service directly: the services check the
 * caller's role themselves ({@code @PreAuthorize}). The context before is put back afterwards.
 */
public final class AsUser {

    private AsUser() {}

    public static <T> T call(String username, String role, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext user = SecurityContextHolder.createEmptyContext();
        user.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role));
        SecurityContextHolder.setContext(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(String username, String role, Runnable work) {
        call(username, role, () -> {
            work.run();
            return null;
        });
    }
}
