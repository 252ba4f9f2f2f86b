package nl.traineeplanner.app.assignment;

import java.util.List;

/**
 * A step on a proposal that is not possible now, with a message key and its arguments to say why in the user's
 * language, and the form field it is about (or null for the proposal as a whole). Nothing was changed.
 */
public class ProposalRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient List<Object> arguments;

    ProposalRefusal(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
