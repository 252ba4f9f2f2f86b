package nl.traineeplanner.app.importexport.web;

import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.importexport.CohortImport;
import nl.traineeplanner.app.importexport.ImportProblem;
import nl.traineeplanner.app.importexport.PlanImport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts import problems and results into words in the user's language. The engine's problems keep the engine's own
 * (English) sentence, which names file, item and field in the same way.
 */
@Component
class ImportMessages {

    private final MessageSource messages;

    ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<String> explain(List<ImportProblem> problems) {
        return problems.stream().map(this::explain).toList();
    }

    String explain(ImportProblem problem) {
        if (problem.fromEngine()) {
            return problem.engineText();
        }
        String message = text(problem.messageKey(), problem.arguments().toArray());
        if (problem.item() == null) {
            return message;
        }
        String where = problem.field() == null
                ? problem.item()
                : problem.item() + ", " + text("import.problem.field", problem.field());
        return problem.file() + ": " + where + ": " + message;
    }

    /** Such as "312 trainees, 350 opdrachten en 40 organisaties ingelezen in Lichting 2027". */
    String summary(CohortImport result) {
        return text(
                "import.done", result.trainees(), result.assignments(), result.organisations(), result.cohortName());
    }

    /** Such as "Plan ingelezen: 24 plaatsingen, 5120 strafpunten; het houdt zich aan alle harde regels." */
    String planDone(PlanImport.ImportedPlan imported) {
        return text("plan.import.done", imported.placements(), imported.objective());
    }

    String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
