package nl.traineeplanner.app.account;

import java.time.Duration;

/** Why a link to set a password was sent, and how long it works. */
public enum TokenPurpose {
    /** A new account: the person chooses their first password. */
    INVITATION(Duration.ofDays(7)),
    /** "Wachtwoord vergeten": the person chooses a new password. */
    PASSWORD_RESET(Duration.ofHours(24));

    private final Duration validFor;

    TokenPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}
