package nl.traineeplanner.app.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * A detail or reason of the trail in the words of the message bundles: stored as a key ({@code audit.detail.*}) and
 * its arguments, and put into words when it is read (by {@link AuditReader}), in the reader's language. The arguments
 * are stored as text, as they were given, so the anonymisation finds a former trainee's name in them as before; a
 * reference ({@link AuditRef}) among them is named like one in a plain text. Lines written as plain Dutch text before
 * are read as they are.
 */
public final class AuditText {

    /** Starts a stored key; no text typed by anyone starts with it. */
    private static final char KEY = '\u001E';

    /** Goes before each argument. */
    private static final char ARGUMENT = '\u001F';

    /** Marks an argument that is a whole number, so that the sentence can count with it ({@code choice}, {@code #}). */
    private static final char NUMBER = '\u001D';

    private AuditText() {}

    /**
     * The text to store for the bundle's sentence {@code key} with these arguments: whole numbers stay numbers, anything
     * else is stored as its text (null as nothing).
     */
    public static String of(String key, Object... arguments) {
        StringBuilder stored = new StringBuilder().append(KEY).append(key);
        for (Object argument : arguments) {
            stored.append(ARGUMENT);
            if (argument instanceof Integer || argument instanceof Long) {
                stored.append(NUMBER).append(argument);
            } else {
                String text = argument == null ? "" : String.valueOf(argument);
                stored.append(text.replace(KEY, ' ').replace(ARGUMENT, ' ').replace(NUMBER, ' '));
            }
        }
        return stored.toString();
    }

    /** Whether a stored detail or reason is a key with its arguments. */
    static boolean isKey(String stored) {
        return stored != null && !stored.isEmpty() && stored.charAt(0) == KEY;
    }

    /**
     * The stored key with its arguments in words; a key the bundles do not know (any more), or whose sentence does not
     * fit the arguments stored, shows as itself with its arguments, so nothing of the line is lost.
     */
    static String words(String stored, MessageSource messages, Locale locale) {
        List<String> parts = new ArrayList<>(Arrays.asList(stored.substring(1).split(String.valueOf(ARGUMENT), -1)));
        String key = parts.remove(0);
        Object[] arguments = parts.stream()
                .map(p -> !p.isEmpty() && p.charAt(0) == NUMBER ? number(p.substring(1)) : p)
                .toArray();
        try {
            return messages.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException | IllegalArgumentException unknownOrNotItsArguments) {
            return key + Arrays.stream(arguments).map(a -> ", " + a).collect(Collectors.joining());
        }
    }

    private static Object number(String digits) {
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException clipped) {
            return digits;
        }
    }
}
