package nl.traineeplanner.app.account;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** For tests in other packages: sets up an authenticator app for a demo account, and gives its code of now. */
public final class SecondFactorForTests {

    private SecondFactorForTests() {}

    /** Sets up a new authenticator app for the account, as its owner confirms it; returns the secret. */
    public static String setUp(ApplicationContext context, String username) {
        UserAccount account = context.getBean(UserAccountRepository.class)
                .findByUsername(username)
                .orElseThrow();
        String secret = Totp.newSecret();
        if (!context.getBean(SecondFactors.class).confirm(account, secret, code(context, secret, -1))) {
            throw new IllegalStateException("the second factor of " + username + " was not set up");
        }
        return secret;
    }

    /** The app's code of now, a step the confirmation did not take yet. */
    public static String codeNow(ApplicationContext context, String secret) {
        return code(context, secret, 0);
    }

    private static String code(ApplicationContext context, String secret, int offset) {
        return new Totp().code(secret, Totp.step(context.getBean(Clock.class).instant()) + offset);
    }
}
