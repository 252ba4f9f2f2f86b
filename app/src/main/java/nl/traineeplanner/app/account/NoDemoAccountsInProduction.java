package nl.traineeplanner.app.account;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In real use (profile {@code prod}) the planner refuses to start while a demo account can still sign in with the
 * demo password: the message names the account and what to do.
 */
@Component
@Profile("prod")
class NoDemoAccountsInProduction implements ApplicationRunner {

    /** The user names of the demo's accounts, which share the password {@code demo}. */
    static final List<String> DEMO_ACCOUNTS = List.of("coordinator", "host", "provincie", "trainee", "bram", "lotte");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    NoDemoAccountsInProduction(UserAccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        for (String username : DEMO_ACCOUNTS) {
            accounts.findByUsername(username)
                    .filter(UserAccount::isEnabled)
                    .filter(a -> passwords.matches("demo", a.getPasswordHash()))
                    .ifPresent(a -> {
                        throw new IllegalStateException("Profile prod: the demo account '" + username
                                + "' can still sign in with the demo password. Switch it off under Accounts, or"
                                + " change its password, before using the planner for real (or start without"
                                + " profile prod for a demonstration).");
                    });
        }
    }
}
