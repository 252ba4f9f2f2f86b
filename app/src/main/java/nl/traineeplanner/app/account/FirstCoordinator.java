package nl.traineeplanner.app.account;

import nl.traineeplanner.app.system.SystemJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first coordinator of a new installation: with {@code traineeplanner.first-coordinator.email} set and no
 * coordinator account that can sign in, the planner makes one at start and sends its invitation, as a coordinator
 * would for a colleague. When the invitation could not be e-mailed, its link is written to the log once, the only way
 * to hand it over. Once a coordinator exists the setting does nothing, so it may stay set.
 */
@Component
@Order(10)
class FirstCoordinator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstCoordinator.class);

    private final UserAccountRepository accounts;
    private final Accounts making;
    private final String email;
    private final String name;

    FirstCoordinator(
            UserAccountRepository accounts,
            Accounts making,
            @Value("${traineeplanner.first-coordinator.email:}") String email,
            @Value("${traineeplanner.first-coordinator.name:Programmacoördinator}") String name) {
        this.accounts = accounts;
        this.making = making;
        this.email = email.strip();
        this.name = name;
    }

    @Override
    @SystemJob("first-coordinator")
    public void run(ApplicationArguments args) {
        if (email.isEmpty() || accounts.existsByRoleAndEnabledTrue(Role.COORDINATOR)) {
            return;
        }
        var refusal = making.addressRefusal(email);
        if (refusal.filter("accounts.refused.emailTaken"::equals).isPresent()) {
            LOG.warn(
                    "No coordinator can sign in, and {} already has an account: switch that account on, or give"
                            + " traineeplanner.first-coordinator.email another address",
                    email);
            return;
        }
        if (refusal.isPresent()) {
            throw new IllegalStateException(
                    "traineeplanner.first-coordinator.email (TRAINEEPLANNER_FIRST_COORDINATOR_EMAIL)"
                            + " is not an e-mail address an invitation can go to: " + email);
        }
        Accounts.Invited invited;
        try {
            invited = making.inviteCoordinator(name, email);
        } catch (DataIntegrityViolationException madeElsewhere) {
            LOG.info("The first coordinator account was made by another instance at the same moment");
            return;
        }
        if (invited.invitation().mailed()) {
            LOG.info("No coordinator could sign in yet: made the account {} and e-mailed its invitation", email);
        } else {
            LOG.warn(
                    "No coordinator could sign in yet: made the account {}. Its invitation was not e-mailed; open this"
                            + " link to choose a password (it works once, until {}): {}",
                    email,
                    invited.invitation().expiresAt(),
                    invited.invitation().link());
        }
    }
}
