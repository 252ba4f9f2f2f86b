package nl.traineeplanner.app.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords: after {@code perAccount} failed sign-ins for one user name, or {@code perAddress}
 * from one network address, within the window, further sign-ins for it are refused until the window has moved on,
 * also with the right password. A success clears the user name's failures. Kept in memory, per instance.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            Clock clock,
            @Value("${traineeplanner.login.window-minutes:15}") long windowMinutes,
            @Value("${traineeplanner.login.failures-per-account:5}") int perAccount,
            @Value("${traineeplanner.login.failures-per-address:50}") int perAddress) {
        this.clock = clock;
        this.window = Duration.ofMinutes(windowMinutes);
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Whether a sign-in for this user name from this address is refused now. */
    public boolean locked(String username, String address) {
        return count(accountKey(username)) >= perAccount || count(addressKey(address)) >= perAddress;
    }

    /** Records a failed sign-in; true when it is the one that locks the user name or the address. */
    public boolean failed(String username, String address) {
        boolean before = locked(username, address);
        add(accountKey(username));
        add(addressKey(address));
        return !before && locked(username, address);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** Forgets every failure, for a fresh start (and between tests). */
    public void clear() {
        failures.clear();
    }

    public Duration window() {
        return window;
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(window);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
