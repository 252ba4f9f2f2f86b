package nl.traineeplanner.app.audit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the trail for people: the references in details and reasons ({@link AuditRef}) become names, looked up once
 * for all the lines shown; one without a name (removed, anonymised) becomes "trainee #12".
 */
@Component
public class AuditReader {

    private final Map<AuditRef, AuditNames> names = new EnumMap<>(AuditRef.class);
    private final MessageSource messages;

    AuditReader(List<AuditNames> names, MessageSource messages) {
        names.forEach(n -> this.names.put(n.kind(), n));
        this.messages = messages;
    }

    /** Texts with their references named, for these lines. */
    public Named read(Collection<AuditEvent> events, Locale locale) {
        Map<AuditRef, Set<Long>> wanted = new EnumMap<>(AuditRef.class);
        for (AuditEvent event : events) {
            collect(event.getDetail(), wanted);
            collect(event.getReason(), wanted);
        }
        Map<AuditRef, Map<Long, String>> found = new EnumMap<>(AuditRef.class);
        wanted.forEach((kind, ids) ->
                found.put(kind, names.containsKey(kind) ? names.get(kind).namesOf(ids) : Map.of()));
        return new Named(found, locale);
    }

    /** One stored text in words, its references not named: for what was just written, such as a line about e-mails. */
    public String words(String text, Locale locale) {
        return read(List.of(), locale).text(text);
    }

    private static void collect(String text, Map<AuditRef, Set<Long>> into) {
        if (text == null || text.indexOf('{') < 0) {
            return;
        }
        Matcher m = AuditRef.IN_TEXT.matcher(text);
        while (m.find()) {
            into.computeIfAbsent(AuditRef.byKey(m.group(1)), k -> new HashSet<>())
                    .add(Long.valueOf(m.group(2)));
        }
    }

    /** The names found for a set of lines. */
    public final class Named {

        private final Map<AuditRef, Map<Long, String>> found;
        private final Locale locale;
        private final Map<String, String> done = new HashMap<>();

        private Named(Map<AuditRef, Map<Long, String>> found, Locale locale) {
            this.found = found;
            this.locale = locale;
        }

        /**
         * The text in words ({@link AuditText}), with each reference replaced by its name, or by "trainee #12" when it
         * has none.
         */
        public String text(String text) {
            boolean key = AuditText.isKey(text);
            if (text == null || (!key && text.indexOf('{') < 0)) {
                return text;
            }
            return done.computeIfAbsent(text, t -> named(key ? AuditText.words(t, messages, locale) : t));
        }

        private String named(String text) {
            return text.indexOf('{') < 0
                    ? text
                    : AuditRef.IN_TEXT.matcher(text).replaceAll(m -> {
                        AuditRef kind = AuditRef.byKey(m.group(1));
                        long id = Long.parseLong(m.group(2));
                        String name = found.getOrDefault(kind, Map.of()).get(id);
                        return Matcher.quoteReplacement(
                                name != null
                                        ? name
                                        : messages.getMessage("audit.ref." + kind.key(), new Object[] {id}, locale));
                    });
        }

        public String detail(AuditEvent event) {
            return text(event.getDetail());
        }

        public String reason(AuditEvent event) {
            return text(event.getReason());
        }
    }
}
