package nl.traineeplanner.app.importexport;

import java.util.List;

/**
 * One reason an import file is refused, naming the item and field it is about. The engine's own validation comes as
 * finished text ({@link #engineText}); the application's own checks come as a message key with arguments, to be put
 * into words in the user's language.
 *
 * @param item such as {@code trainees[3] (id "T004")}; null for the import as a whole
 * @param field the field of the item; null for the item as a whole
 */
public record ImportProblem(
        String file, String item, String field, String messageKey, List<Object> arguments, String engineText) {

    public ImportProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ImportProblem ofEngine(String text) {
        return new ImportProblem(null, null, null, null, List.of(), text);
    }

    static ImportProblem of(String file, String item, String field, String messageKey, Object... arguments) {
        return new ImportProblem(file, item, field, messageKey, List.of(arguments), null);
    }

    public boolean fromEngine() {
        return engineText != null;
    }
}
