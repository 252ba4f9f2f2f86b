package nl.traineeplanner.engine.io;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one input file, so that a user can fix them all in one go. */
public final class InputProblems {

    private final String file;
    private final List<String> messages = new ArrayList<>();

    public InputProblems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records a problem as {@code FILE: ITEM, field "FIELD": MESSAGE}; field may be null for the item as a whole. */
    public void add(String item, String field, String message) {
        String where = field == null ? item : item + ", field \"" + field + "\"";
        messages.add(file + ": " + where + ": " + message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Throws an {@link InvalidInputException} holding every problem, when there is at least one. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new InvalidInputException(messages);
        }
    }
}
