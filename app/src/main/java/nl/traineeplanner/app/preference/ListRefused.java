package nl.traineeplanner.app.preference;

import java.util.List;

/**
 * A ranked list that was not stored, with every problem found. Nothing of it was written. {@link #conflict()} tells a
 * refusal because of the moment (the deadline passed, the list changed elsewhere) from one because of the content.
 */
public class ListRefused extends RuntimeException {

    private final transient List<ListProblem> problems;
    private final boolean conflict;

    ListRefused(List<ListProblem> problems, boolean conflict) {
        super(problems.stream().map(ListProblem::code).toList().toString());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static ListRefused becauseOfTheMoment(ListProblem problem) {
        return new ListRefused(List.of(problem), true);
    }

    public List<ListProblem> problems() {
        return problems;
    }

    public boolean conflict() {
        return conflict;
    }
}
