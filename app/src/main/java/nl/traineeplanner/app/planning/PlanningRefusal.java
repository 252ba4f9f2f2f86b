package nl.traineeplanner.app.planning;

import java.util.List;

/**
 * A planning step the coordinator asked for but that is not possible now, with a message key (and arguments) to tell
 * why in the user's language.
 */
public class PlanningRefusal extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public PlanningRefusal(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
