package nl.traineeplanner.app.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What makes a password good enough: at least {@value #MINIMUM_LENGTH} characters, and hard to guess by zxcvbn's
 * measure (score 3 of 4 or more), which knows tens of thousands of common passwords, names and words and refuses
 * them and easy patterns built on them. Its feedback comes in the user's language.
 */
@Component
public class PasswordRules {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;
    private static final int GOOD_ENOUGH = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Why the password is not good enough, as a message key with its argument and zxcvbn's own hint; empty if it is. */
    public Optional<Weakness> weakness(String password, List<String> personal, Locale locale) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of(new Weakness("password.tooShort", MINIMUM_LENGTH, ""));
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of(new Weakness("password.tooLong", MAXIMUM_LENGTH, ""));
        }
        Strength strength = zxcvbn.measure(password, personal);
        if (strength.getScore() >= GOOD_ENOUGH) {
            return Optional.empty();
        }
        var feedback = strength.getFeedback();
        String hint = feedback.getWarning(locale);
        if (hint == null || hint.isBlank()) {
            hint = String.join(" ", feedback.getSuggestions(locale));
        }
        return Optional.of(new Weakness("password.tooWeak", MINIMUM_LENGTH, hint));
    }

    /** A password refused: a message key, the number it names, and a hint on what to do instead. */
    public record Weakness(String code, int number, String hint) {}
}
