package nl.traineeplanner.app.planning;

import java.util.Arrays;
import java.util.Locale;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.explain.Names;
import nl.traineeplanner.engine.explain.RuleWords;
import nl.traineeplanner.engine.explain.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The planning's own sentences from the message bundles ({@code planning.text.*}), in Dutch and in English at once:
 * the pages pick the reader's language and the API gives both, as with the engine's sentences. A sentence of the
 * engine that goes into one of them ({@link Text}) stays the engine's, in the same language.
 */
@Component
class PlanningTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;

    PlanningTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundle's sentence {@code key} in both languages, an engine sentence among the arguments in the same one. */
    Text text(String key, Object... arguments) {
        return new Text(in(DUTCH, key, arguments), in(Locale.ENGLISH, key, arguments));
    }

    /**
     * The bundle's sentence {@code key} in the language of the user who asked for it, for what is then kept as it is,
     * such as the name the planner gives a run it starts for them.
     */
    String inUsersLanguage(String key, Object... arguments) {
        return in(LocaleContextHolder.getLocale(), key, arguments);
    }

    /**
     * A broken rule: the engine's sentence about it, rendered from the violation's fields with the trainee's name, the
     * assignment's title and the organisation's name instead of their ids, and the rule's code from the spec. A rule
     * one placement breaks says first which placement.
     */
    Text brokenRule(Instance instance, String roundName, Violation v) {
        Names names = RoundDecisions.names(instance, roundName);
        Text detail = RuleWords.detail(v, names);
        if (!v.kind().singlePlacement()) {
            return text("planning.text.brokenRule", detail, v.rule().name());
        }
        return text(
                "planning.text.brokenRule.placement",
                names.trainee(v.trainee()),
                names.assignment(v.assignment()),
                detail,
                v.rule().name());
    }

    private String in(Locale locale, String key, Object... arguments) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        Object[] inLanguage = Arrays.stream(arguments)
                .map(a -> a instanceof Text t ? (english ? t.en() : t.nl()) : a)
                .toArray();
        return messages.getMessage(key, inLanguage, locale);
    }
}
