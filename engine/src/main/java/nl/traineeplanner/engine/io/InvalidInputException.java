package nl.traineeplanner.engine.io;

import java.util.List;

/**
 * Input the engine refuses: an instance or plan with unknown ids, repeated ids, missing or mistyped fields, impossible
 * values or pins that break a hard rule. Carries every problem found, each naming file, item and field. Nothing is
 * solved or checked from such input; the command line exits with code 2.
 */
public class InvalidInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    /** Every problem, one line each, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
