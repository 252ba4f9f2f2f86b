package nl.traineeplanner.app.message;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a message into words in one language, from the message bundle ({@code message.<kind>.*}). The inbox and the
 * e-mail use the same words.
 */
@Component
public class MessageTexts {

    /** The locales an e-mail is written in, one after the other: Dutch first, then English. */
    public static final List<Locale> MAIL_LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private final MessageSource bundle;

    MessageTexts(MessageSource bundle) {
        this.bundle = bundle;
    }

    /** A message in words: a subject, a sentence, the placements it lists (if more than one) and a closing line. */
    public record Wording(String subject, String text, List<String> lines, String closing) {}

    public Wording of(Message message, Locale locale) {
        if (message.getKind() == MessageKind.PROPOSAL_REVIEWED) {
            String decided =
                    "message.PROPOSAL_REVIEWED." + message.getDecision().name();
            return new Wording(
                    text(decided + ".subject", locale, message.getAssignmentTitle()),
                    text(
                            decided + ".text",
                            locale,
                            message.getAssignmentTitle(),
                            message.getNote() == null ? "" : message.getNote()),
                    List.of(),
                    text("message.closing.host", locale));
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (message.getKind() == MessageKind.HUMAN_REVIEW_REQUESTED) {
            MessageLine about = message.getLines().get(0);
            String key = "message.HUMAN_REVIEW_REQUESTED";
            return new Wording(
                    text(key + ".subject", locale, about.getTraineeName()),
                    text(
                            key + ".text",
                            locale,
                            about.getTraineeName(),
                            about.getAssignmentTitle(),
                            message.getRoundName(),
                            message.getNote()),
                    List.of(),
                    "");
        }
        if (message.getKind() == MessageKind.REMINDER_PREFERENCES
                || message.getKind() == MessageKind.REMINDER_RANKING) {
            String reminder = "message." + message.getKind().name();
            return new Wording(
                    text(reminder + ".subject", locale, message.getRoundName(), day.format(message.getDueDate())),
                    text(reminder + ".text", locale, message.getRoundName(), day.format(message.getDueDate())),
                    List.of(),
                    text(
                            message.getKind() == MessageKind.REMINDER_RANKING
                                    ? "message.closing.host"
                                    : "message.closing",
                            locale));
        }
        String start = day.format(message.getStartDate());
        String end = day.format(message.getEndDate());
        String key = "message." + message.getKind().name();
        List<MessageLine> lines = message.getLines();
        return switch (message.getKind()) {
            case TRAINEE_PLACED -> {
                MessageLine own = lines.get(0);
                yield new Wording(
                        text(key + ".subject", locale, message.getRoundName()),
                        text(
                                key + ".text",
                                locale,
                                own.getTraineeName(),
                                message.getRoundName(),
                                start,
                                end,
                                message.getOrganisationName(),
                                own.getAssignmentTitle()),
                        List.of(),
                        text("message.closing", locale));
            }
            case HOST_PLACED ->
                new Wording(
                        text(key + ".subject", locale, message.getOrganisationName(), message.getRoundName()),
                        text(
                                key + ".text",
                                locale,
                                message.getRoundName(),
                                start,
                                end,
                                message.getOrganisationName(),
                                lines.size()),
                        lines.stream()
                                .map(l -> text(key + ".line", locale, l.getTraineeName(), l.getAssignmentTitle()))
                                .toList(),
                        text("message.closing", locale));
            case PROPOSAL_REVIEWED, REMINDER_PREFERENCES, REMINDER_RANKING, HUMAN_REVIEW_REQUESTED ->
                throw new IllegalStateException("worded above");
        };
    }

    /**
     * The e-mail of a message in the languages given: the recipient's own language when their account has one, or
     * Dutch first and then English; each with a pointer to the inbox in the planner.
     */
    public String mailSubject(Message message, List<Locale> languages) {
        return languages.stream()
                .map(locale -> of(message, locale).subject())
                .reduce((nl, en) -> nl + " / " + en)
                .orElseThrow();
    }

    public String mailBody(Message message, String inboxUrl, List<Locale> languages) {
        StringBuilder body = new StringBuilder();
        for (Locale locale : languages) {
            if (!body.isEmpty()) {
                body.append("\n\n---- ")
                        .append(text("mail.otherLanguage", locale))
                        .append(" ----\n\n");
            }
            Wording wording = of(message, locale);
            body.append(wording.text()).append("\n");
            wording.lines().forEach(line -> body.append("\n- ").append(line));
            if (!wording.lines().isEmpty()) {
                body.append("\n");
            }
            body.append("\n").append(wording.closing()).append("\n");
            body.append(text("mail.inbox", locale, inboxUrl)).append("\n");
        }
        return body.toString();
    }

    private String text(String key, Locale locale, Object... args) {
        return bundle.getMessage(key, args, locale);
    }
}
