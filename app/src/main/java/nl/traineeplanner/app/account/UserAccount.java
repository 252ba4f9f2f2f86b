package nl.traineeplanner.app.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.Optional;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.trainee.Trainee;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone who signs in. A host account belongs to its organisation and a trainee account to its trainee; the
 * factory methods make sure of that. Only the BCrypt hash of the password is kept.
 */
@Entity
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The longest user name (an e-mail address, for a person's account) the database keeps. */
    public static final int USERNAME_MAX = 100;

    /** The longest name shown for an account. */
    public static final int DISPLAY_NAME_MAX = 200;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id")
    private Trainee trainee;

    /** A switched-off account cannot sign in; nothing of it is deleted until its retention period has passed. */
    private boolean enabled = true;

    /** Since when the account is switched off (null while it is on): its retention period counts from then. */
    private java.time.Instant disabledSince;

    /** The language of the account's pages after signing in and of its e-mails: "nl" or "en". */
    @Column(nullable = false)
    private String language = "nl";

    /** Where a host account is e-mailed; a trainee is e-mailed at the address in the trainee's profile. */
    private String email;

    /**
     * The secret of the authenticator app (TOTP) that is the account's second factor, encrypted; null when it has none.
     * Shown only once, while it is set up, and never served afterwards.
     */
    @Column(name = "totp_secret")
    private String secondFactorSecret;

    /** The time step of the last code taken, so that no code is taken twice (nor an older one). */
    @Column(name = "totp_last_step")
    private Long secondFactorLastStep;

    protected UserAccount() {}

    private UserAccount(String username, String passwordHash, String displayName, Role role) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = role;
    }

    public static UserAccount coordinator(String username, String passwordHash, String displayName) {
        return new UserAccount(username, passwordHash, displayName, Role.COORDINATOR);
    }

    public static UserAccount host(
            String username, String passwordHash, String displayName, Organisation organisation) {
        UserAccount account = new UserAccount(username, passwordHash, displayName, Role.HOST);
        account.organisation = Objects.requireNonNull(organisation, "organisation");
        return account;
    }

    public static UserAccount trainee(String username, String passwordHash, Trainee trainee) {
        UserAccount account = new UserAccount(username, passwordHash, trainee.getName(), Role.TRAINEE);
        account.trainee = trainee;
        return account;
    }

    /** Sets or (with a blank value) clears the address this account is e-mailed at. */
    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void disable() {
        disable(java.time.Instant.now());
    }

    /** Switches the account off; it stays off since the first time, if it was off already. */
    public void disable(java.time.Instant at) {
        if (enabled || disabledSince == null) {
            disabledSince = at;
        }
        enabled = false;
    }

    public void enable() {
        enabled = true;
        disabledSince = null;
    }

    public java.time.Instant getDisabledSince() {
        return disabledSince;
    }

    /** The user name a host account gets when its retention period has passed: this and the account's id. */
    public static final String FORGOTTEN_PREFIX = "oud-gastgebruiker-";

    /** Whether this is a host account whose retention period has passed, and which holds nothing of its person. */
    public boolean isForgotten() {
        return username.startsWith(FORGOTTEN_PREFIX);
    }

    /**
     * Forgets the person of a switched-off host account whose retention period has passed: user name, name, address,
     * password and second factor. The account stays, switched off, as what earlier work (proposals, evaluations, the
     * audit trail) points to. Returns the user name it had.
     */
    public String forget(String unusablePasswordHash) {
        if (role != Role.HOST || enabled) {
            throw new IllegalStateException("only a switched-off host account is forgotten");
        }
        String former = username;
        username = FORGOTTEN_PREFIX + id;
        displayName = "Oud-gastgebruiker #" + id;
        email = null;
        passwordHash = Objects.requireNonNull(unusablePasswordHash, "unusablePasswordHash");
        secondFactorSecret = null;
        secondFactorLastStep = null;
        return former;
    }

    /** Replaces the password by a new one, already hashed. */
    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** Dutch ("nl") or English ("en"); anything else is refused. */
    public void chooseLanguage(String language) {
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be nl or en");
        }
        this.language = language;
    }

    /** Sets up the authenticator app: its encrypted secret, and the time step of the code that confirmed it. */
    public void setUpSecondFactor(String encryptedSecret, long confirmedStep) {
        this.secondFactorSecret = Objects.requireNonNull(encryptedSecret, "encryptedSecret");
        this.secondFactorLastStep = confirmedStep;
    }

    /** Forgets the authenticator app; the next sign-in (of a coordinator who must have one) sets up a new one. */
    public void resetSecondFactor() {
        this.secondFactorSecret = null;
        this.secondFactorLastStep = null;
    }

    /** Takes the code of this time step: true unless a code of this step or a later one was taken already. */
    public boolean takeSecondFactorStep(long step) {
        if (secondFactorLastStep != null && step <= secondFactorLastStep) {
            return false;
        }
        secondFactorLastStep = step;
        return true;
    }

    public boolean hasSecondFactor() {
        return secondFactorSecret != null;
    }

    /** The encrypted secret, for checking a code; never to be shown. */
    public String getSecondFactorSecret() {
        return secondFactorSecret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    /** The address to e-mail this person at, if any: a trainee's from the profile, anyone else's from the account. */
    public Optional<String> getEmail() {
        if (trainee != null) {
            return Optional.ofNullable(trainee.getEmail());
        }
        return Optional.ofNullable(email);
    }
}
