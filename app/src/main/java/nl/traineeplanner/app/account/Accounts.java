package nl.traineeplanner.app.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditRef;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's accounts for real people: a trainee's (one per trainee, signing in with their e-mail address), a
 * host user's (bound to one organisation) and a fellow programme coordinator's. A new account has no password anyone
 * knows: the person sets it through the invitation link. An account can be switched off and on again; nothing is
 * deleted, except the account of a former trainee who is anonymised.
 */
@Service
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final TraineeRepository trainees;
    private final Invitations invitations;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    Accounts(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            TraineeRepository trainees,
            Invitations invitations,
            PasswordEncoder encoder,
            AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.tokens = tokens;
        this.trainees = trainees;
        this.invitations = invitations;
        this.encoder = encoder;
    }

    /** An account that was made, with its invitation. */
    public record Invited(UserAccount account, Invitations.Sent invitation) {}

    /** An account that could not be made: a message key and its argument. */
    public static class Refused extends RuntimeException {

        private final String field;
        private final transient Object argument;

        Refused(String field, String code, Object argument) {
            super(code);
            this.field = field;
            this.argument = argument;
        }

        public String field() {
            return field;
        }

        public Object argument() {
            return argument;
        }
    }

    /** An account for the trainee, who signs in with this e-mail address (which becomes the trainee's address too). */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Invited inviteTrainee(Trainee trainee, String email) {
        if (trainee.isAnonymised()) {
            throw new Refused(null, "accounts.refused.anonymised", trainee.getName());
        }
        if (accounts.findByTraineeId(trainee.getId()).isPresent()) {
            throw new Refused(null, "accounts.refused.traineeHasAccount", trainee.getName());
        }
        String address = address(email);
        if (trainees.existsByEmailIgnoreCaseAndIdNot(address, trainee.getId())) {
            throw new Refused("email", "accounts.refused.emailTaken", address);
        }
        trainee.changeEmail(address);
        UserAccount account = accounts.save(UserAccount.trainee(address, unknownPassword(), trainee));
        audit.recordAboutTrainee(
                SignedIn.name(),
                AuditAction.ACCOUNT_INVITED,
                null,
                trainee.getId(),
                "account " + AuditRef.ACCOUNT.of(account.getId()),
                null);
        return new Invited(account, invitations.send(account, TokenPurpose.INVITATION));
    }

    /**
     * Accounts for every trainee of the cohort who has none yet and has a real e-mail address; the others are
     * returned, to be invited one by one once their address is known.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public CohortInvited inviteCohort(long cohortId) {
        List<Invited> invited = new ArrayList<>();
        List<Trainee> withoutAddress = new ArrayList<>();
        for (Trainee trainee : trainees.findByCohortIdOrderById(cohortId)) {
            if (trainee.isAnonymised()
                    || accounts.findByTraineeId(trainee.getId()).isPresent()) {
                continue;
            }
            if (!trainee.hasRealEmail() || accounts.existsByUsernameIgnoreCase(trainee.getEmail())) {
                withoutAddress.add(trainee);
                continue;
            }
            invited.add(inviteTrainee(trainee, trainee.getEmail()));
        }
        return new CohortInvited(invited, withoutAddress);
    }

    /** What inviting a whole cohort did: the accounts made, and the trainees still without a usable address. */
    public record CohortInvited(List<Invited> invited, List<Trainee> withoutAddress) {}

    /** An account for a person at a host organisation, who signs in with this e-mail address. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Invited inviteHost(String name, String email, Organisation organisation) {
        return invite(
                name,
                email,
                (address, displayName) -> UserAccount.host(address, unknownPassword(), displayName, organisation),
                " (" + organisation.getName() + ")");
    }

    /**
     * An account for a programme coordinator, who signs in with this e-mail address: made by another coordinator, or by
     * the planner itself for the first coordinator of a new installation ({@link FirstCoordinator}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public Invited inviteCoordinator(String name, String email) {
        return invite(
                name,
                email,
                (address, displayName) -> UserAccount.coordinator(address, unknownPassword(), displayName),
                " (coordinator)");
    }

    /** A new account named and made for this address, saved, written to the audit trail, and invited. */
    private Invited invite(
            String name, String email, BiFunction<String, String, UserAccount> accountFor, String aboutIt) {
        if (name == null || name.isBlank()) {
            throw new Refused("name", "accounts.refused.name", null);
        }
        if (name.strip().length() > UserAccount.DISPLAY_NAME_MAX) {
            throw new Refused("name", "accounts.refused.tooLong", UserAccount.DISPLAY_NAME_MAX);
        }
        String address = address(email);
        UserAccount account = accountFor.apply(address, name.strip());
        account.changeEmail(address);
        accounts.save(account);
        audit.record(
                SignedIn.name(),
                AuditAction.ACCOUNT_INVITED,
                null,
                "account " + AuditRef.ACCOUNT.of(account.getId()) + aboutIt,
                null);
        return new Invited(account, invitations.send(account, TokenPurpose.INVITATION));
    }

    /** A new invitation for an account that has not set its password, or lost the link. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Invitations.Sent inviteAgain(UserAccount account) {
        audit.record(
                SignedIn.name(),
                AuditAction.ACCOUNT_INVITED,
                null,
                "account " + AuditRef.ACCOUNT.of(account.getId()),
                null);
        return invitations.send(account, TokenPurpose.INVITATION);
    }

    /**
     * Deletes the account of a trainee, with its password links, when the former trainee is anonymised: nobody signs
     * in as them any more. Returns the user name it had, if there was one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public Optional<String> deleteTraineeAccount(Trainee trainee) {
        return accounts.findByTraineeId(trainee.getId()).map(account -> {
            tokens.deleteByAccountId(account.getId());
            accounts.delete(account);
            accounts.flush();
            return account.getUsername();
        });
    }

    /**
     * Forgets the person of a host account switched off before its retention period (see
     * {@link UserAccount#forget}), with its password links. Returns the user name it had.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public String forgetHost(UserAccount account) {
        tokens.deleteByAccountId(account.getId());
        return account.forget(unknownPassword());
    }

    /** When the account was made, as far as the planner knows: the day of its first invitation (demo accounts have none). */
    @Transactional(readOnly = true)
    public Optional<Instant> invitedAt(UserAccount account) {
        return tokens.findByAccountIdAndPurposeOrderByCreatedAt(account.getId(), TokenPurpose.INVITATION).stream()
                .findFirst()
                .map(AccountToken::getCreatedAt);
    }

    /**
     * Switches the account off. A coordinator cannot switch off their own account, and the last coordinator account
     * that can sign in stays on: otherwise nobody could manage the planner any more. The coordinator accounts that are
     * on are locked while this is checked, so two coordinators switching each other off at once leave one on.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void disable(UserAccount account) {
        if (account.getRole() == Role.COORDINATOR && account.isEnabled()) {
            if (account.getUsername().equalsIgnoreCase(SignedIn.name())) {
                throw new Refused(null, "accounts.refused.disableOwn", account.getDisplayName());
            }
            boolean anotherStaysOn = accounts.lockEnabledByRole(Role.COORDINATOR).stream()
                    .anyMatch(other -> !other.getId().equals(account.getId()));
            if (!anotherStaysOn) {
                throw new Refused(null, "accounts.refused.lastCoordinator", account.getDisplayName());
            }
        }
        account.disable();
        audit.record(
                SignedIn.name(),
                AuditAction.ACCOUNT_DISABLED,
                null,
                "account " + AuditRef.ACCOUNT.of(account.getId()),
                null);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void enable(UserAccount account) {
        account.enable();
        audit.record(
                SignedIn.name(),
                AuditAction.ACCOUNT_ENABLED,
                null,
                "account " + AuditRef.ACCOUNT.of(account.getId()),
                null);
    }

    private String address(String email) {
        String address = normalised(email);
        addressRefusal(email).ifPresent(code -> {
            throw new Refused("email", code, code.equals("accounts.refused.email") ? email : address);
        });
        return address;
    }

    /**
     * Why this address cannot be the user name of a new account, as a message key (its argument is the address):
     * not an address that can receive mail, or in use by an account already. Empty when it can.
     */
    @Transactional(readOnly = true)
    public Optional<String> addressRefusal(String email) {
        String address = normalised(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                || address.endsWith(".invalid")
                || address.length() > UserAccount.USERNAME_MAX) {
            return Optional.of("accounts.refused.email");
        }
        if (accounts.existsByUsernameIgnoreCase(address)
                || !accounts.findByEmail(address).isEmpty()) {
            return Optional.of("accounts.refused.emailTaken");
        }
        return Optional.empty();
    }

    /** An address as an account keeps it: without surrounding spaces, in lower case. */
    public static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A password nobody knows, so the account can only be entered after setting one through the link. */
    private String unknownPassword() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return encoder.encode(HexFormat.of().formatHex(random));
    }
}
