package nl.traineeplanner.app.evaluation;

import java.util.List;

/**
 * A form that was not stored, with every problem found; nothing of it was written. {@link #conflict()} tells a refusal
 * because of the moment (not open yet, already submitted, saved elsewhere since) from one because of the answers.
 */
public class EvaluationRefused extends RuntimeException {

    private final transient List<EvaluationProblem> problems;
    private final boolean conflict;

    EvaluationRefused(List<EvaluationProblem> problems, boolean conflict) {
        super(problems.stream().map(EvaluationProblem::code).toList().toString());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static EvaluationRefused becauseOfTheMoment(EvaluationProblem problem) {
        return new EvaluationRefused(List.of(problem), true);
    }

    public List<EvaluationProblem> problems() {
        return problems;
    }

    public boolean conflict() {
        return conflict;
    }
}
