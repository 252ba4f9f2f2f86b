package nl.traineeplanner.app.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.evaluation.EvaluationProblem;
import nl.traineeplanner.app.evaluation.EvaluationRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Puts the problems of a refused form into words in the user's language: on the form's fields, or as one text. */
@Component
class EvaluationMessages {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final MessageSource messages;

    EvaluationMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Puts every problem on the form: one about the whole form as a global error, the others on their field. */
    void reject(EvaluationRefused refused, Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        for (EvaluationProblem problem : refused.problems()) {
            Object[] arguments = format(problem.arguments(), locale);
            if (problem.aboutTheForm()) {
                errors.reject(problem.code(), arguments, problem.code());
            } else {
                errors.rejectValue(problem.field(), problem.code(), arguments, problem.code());
            }
        }
    }

    String text(EvaluationProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(problem.code(), format(problem.arguments(), locale), locale);
    }

    String text(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, format(List.of(arguments), locale), locale);
    }

    private static Object[] format(List<Object> arguments, Locale locale) {
        return arguments.stream()
                .map(a ->
                        a instanceof LocalDate d ? LONG_DATE.withLocale(locale).format(d) : a)
                .toArray();
    }
}
