package nl.traineeplanner.app.importexport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.importexport.DataImports;
import nl.traineeplanner.app.importexport.ImportProblem;
import nl.traineeplanner.app.importexport.PlanImport;
import nl.traineeplanner.app.importexport.SheetProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Puts import problems and results into words in the user's language. The engine's problems keep the engine's own
 * (English) sentence, which names file, item and field in the same way.
 */
@Component
class ImportMessages {

    private final MessageSource messages;
    private final DataSize uploadLimit;

    ImportMessages(
            MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
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

    /** A problem of a spreadsheet import, such as "Cel C4 (Woonplaats): onbekende gemeente "Groningn"". */
    String explain(SheetProblem problem) {
        String message = text(problem.messageKey(), problem.arguments().toArray());
        if (problem.aboutFile()) {
            return message;
        }
        if (problem.cell() == null) {
            return text("dataImport.problem.row", problem.row(), message);
        }
        if (problem.column() == null) {
            return text("dataImport.problem.cell", problem.cell(), message);
        }
        return text("dataImport.problem.cellColumn", problem.cell(), problem.column(), message);
    }

    List<String> explainSheet(List<SheetProblem> problems) {
        return problems.stream().map(this::explain).toList();
    }

    /** The problems of each row that has any, for the preview table. */
    Map<Integer, List<String>> problemsByRow(DataImports.Preview preview) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (SheetProblem problem : preview.problems()) {
            if (!problem.aboutFile()) {
                byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(explain(problem));
            }
        }
        return byRow;
    }

    /** Such as "12 trainees ingelezen in Lichting 2027 uit trainees.xlsx; 10 uitnodigingen gemaild." */
    String dataImported(DataImports.Imported imported) {
        return text(
                "dataImport.done." + imported.kind().name(),
                imported.rows(),
                imported.cohortName(),
                imported.fileName(),
                imported.mailed());
    }

    /** What the import takes: how many rows and how large a file. */
    String dataImportLimits() {
        return text("dataImport.limits", DataImports.ROW_LIMIT, uploadLimit.toMegabytes() + " MB");
    }

    String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
