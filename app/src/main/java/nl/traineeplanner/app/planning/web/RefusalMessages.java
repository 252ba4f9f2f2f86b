package nl.traineeplanner.app.planning.web;

import java.util.Arrays;
import java.util.Locale;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.engine.explain.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a refusal into words in the user's language; the engine's own sentences come in Dutch and English. */
@Component
class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String explain(PlanningRefusal refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        Object[] args = Arrays.stream(refusal.arguments())
                .map(a -> a instanceof Text t ? (english ? t.en() : t.nl()) : a)
                .toArray();
        if (args.length > 1 && Arrays.stream(refusal.arguments()).allMatch(Text.class::isInstance)) {
            // the engine's sentences about every broken rule, in one list
            args = new Object[] {
                String.join("; ", Arrays.stream(args).map(String::valueOf).toList())
            };
        }
        return messages.getMessage(refusal.messageKey(), args, locale);
    }

    /**
     * A run's message in the user's language: the planner's own reason for failing it is a key of the bundles, an
     * error of the solver (and the message of a run from before) is shown as it was stored.
     */
    String of(PlanningRun run) {
        return run.isMessageKey()
                ? messages.getMessage(run.getMessage(), null, run.getMessage(), LocaleContextHolder.getLocale())
                : run.getMessage();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
