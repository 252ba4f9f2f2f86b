package nl.traineeplanner.app;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests that call a service the coordinator uses directly, not through a page: runs it as the coordinator, as
 * the service's own role check asks, and puts back whoever was there before.
 */
public final class AsCoordinator {

    private AsCoordinator() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext coordinator = SecurityContextHolder.createEmptyContext();
        coordinator.setAuthentication(new TestingAuthenticationToken("coordinator", null, "ROLE_COORDINATOR"));
        SecurityContextHolder.setContext(coordinator);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
