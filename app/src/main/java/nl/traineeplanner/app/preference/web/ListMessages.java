package nl.traineeplanner.app.preference.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.preference.ListProblem;
import nl.traineeplanner.app.preference.ListRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Puts the problems of a refused list into words in the user's language: on a form's fields, or as one text. */
@Component
class ListMessages {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final MessageSource messages;

    ListMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Puts every problem on the form: one about the whole list as a global error, one about a line on that line's
     * field, named by {@code fieldOfLine} from the line's index and field.
     */
    void reject(ListRefused refused, Errors errors, LineFields fieldOfLine) {
        Locale locale = LocaleContextHolder.getLocale();
        for (ListProblem problem : refused.problems()) {
            Object[] arguments = arguments(problem, locale);
            if (problem.aboutTheList()) {
                errors.reject(problem.code(), arguments, problem.code());
            } else {
                errors.rejectValue(
                        fieldOfLine.name(problem.index(), problem.field()), problem.code(), arguments, problem.code());
            }
        }
    }

    String text(ListProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(problem.code(), arguments(problem, locale), locale);
    }

    String text(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, format(List.of(arguments), locale), locale);
    }

    private Object[] arguments(ListProblem problem, Locale locale) {
        return format(problem.arguments(), locale);
    }

    private static Object[] format(List<Object> arguments, Locale locale) {
        return arguments.stream()
                .map(a ->
                        a instanceof LocalDate d ? LONG_DATE.withLocale(locale).format(d) : a)
                .toArray();
    }

    /** The form field of one line of a list. */
    @FunctionalInterface
    interface LineFields {
        String name(int index, String field);
    }
}
