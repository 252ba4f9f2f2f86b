package nl.traineeplanner.app.account;

import java.time.Clock;
import java.util.OptionalLong;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditRef;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.SecondFactorCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of signing in with the login form: an authenticator app (TOTP). Anyone may set one up on their
 * account page; a coordinator must, when {@code traineeplanner.login.coordinator-second-factor} is true (the default;
 * the demo turns it off). The secret is kept encrypted (AES-GCM, with a key derived from {@code
 * traineeplanner.login.second-factor-key}) and shown only while it is set up. Setting up, resetting and every wrong
 * code at sign-in go to the audit trail.
 */
@Service
public class SecondFactors implements SecondFactorCodes {

    /** The name an authenticator app shows above the codes. */
    static final String ISSUER = "Traineeplanner";

    /** Only for the demo and tests: real use must set its own key (the prod profile refuses to start without one). */
    private static final String DEMO_KEY = "traineeplanner-demo-second-factor-key";

    private static final String SALT = "7472616e6565706c616e6e6572";

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TextEncryptor secrets;
    private boolean coordinatorsMust;
    private final Totp totp = new Totp();

    SecondFactors(
            UserAccountRepository accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${traineeplanner.login.second-factor-key:}") String key,
            @Value("${traineeplanner.login.coordinator-second-factor:true}") boolean coordinatorsMust) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.secrets = Encryptors.delux(key.isBlank() ? DEMO_KEY : key, SALT);
        this.coordinatorsMust = coordinatorsMust;
    }

    /** What the account page shows while the app is set up: the secret as text, and the address the QR code holds. */
    public record Setup(String secret, String grouped, String uri) {

        /** The QR code of the address, as an SVG image. */
        public String qrCode() {
            return QrCodes.svg(uri);
        }
    }

    /** Whether signing in with the password must be followed by a code (or by setting up the app first). */
    public boolean required(UserAccount account) {
        return account.hasSecondFactor() || (coordinatorsMust && account.getRole() == Role.COORDINATOR);
    }

    /** Whether a coordinator must have a second factor in this installation. */
    public boolean coordinatorsMust() {
        return coordinatorsMust;
    }

    /** A new secret for the account, not yet stored: the app is set up only when a first code confirms it. */
    public Setup newSetup(UserAccount account) {
        return setup(account, Totp.newSecret());
    }

    /** The setup of a secret that was handed out before (kept in the session until confirmed). */
    public Setup setup(UserAccount account, String secret) {
        String uri = Totp.uri(ISSUER, account.getUsername(), secret);
        return new Setup(secret, Totp.grouped(secret), uri);
    }

    /** Stores the secret when the code is one of it; false (nothing stored) when it is not. */
    @Transactional
    public boolean confirm(UserAccount account, String secret, String code) {
        OptionalLong step = totp.match(secret, normalise(code), clock.instant(), null);
        if (step.isEmpty()) {
            return false;
        }
        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        stored.setUpSecondFactor(secrets.encrypt(secret), step.getAsLong());
        audit.record(stored.getUsername(), AuditAction.SECOND_FACTOR_SET_UP, null, "authenticator-app", null);
        return true;
    }

    /**
     * Checks a code at sign-in. The step of a code that is taken is stored, so the same code (or an older one) is never
     * taken again. A wrong code is written to the audit trail by the sign-in's failure event.
     */
    @Override
    @Transactional
    public boolean check(String username, String code) {
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.isEnabled() || !account.hasSecondFactor()) {
            return false;
        }
        return take(account, code);
    }

    /** The person resets their own app with a current code; false (and audited) when the code is wrong. */
    @Transactional
    public boolean resetOwn(UserAccount account, String code) {
        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        if (!stored.hasSecondFactor()) {
            return true;
        }
        if (!take(stored, code)) {
            audit.record(
                    stored.getUsername(),
                    AuditAction.SECOND_FACTOR_FAILED,
                    null,
                    AuditText.of("audit.detail.secondFactor.reset"),
                    null);
            return false;
        }
        stored.resetSecondFactor();
        audit.record(
                stored.getUsername(),
                AuditAction.SECOND_FACTOR_RESET,
                null,
                "account " + AuditRef.ACCOUNT.of(stored.getId()),
                null);
        return true;
    }

    /** The coordinator resets someone's app (a lost phone): their next sign-in sets up a new one, if they must. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void resetFor(UserAccount account) {
        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        stored.resetSecondFactor();
        audit.record(
                SignedIn.name(),
                AuditAction.SECOND_FACTOR_RESET,
                null,
                "account " + AuditRef.ACCOUNT.of(stored.getId()),
                null);
    }

    private boolean take(UserAccount account, String code) {
        String secret = secrets.decrypt(account.getSecondFactorSecret());
        OptionalLong step = totp.match(secret, normalise(code), clock.instant(), null);
        return step.isPresent() && account.takeSecondFactorStep(step.getAsLong());
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }
}
