package nl.traineeplanner.app.evaluation;

import java.util.List;

/**
 * Why a form was not stored, as a message key with its arguments. {@code field} names the answer it is about, as in the
 * API ({@code learningGoals.score}, {@code again.text}, {@code remark}), or is null for the form as a whole.
 */
public record EvaluationProblem(String field, String code, List<Object> arguments) {

    public EvaluationProblem {
        arguments = List.copyOf(arguments);
    }

    static EvaluationProblem ofForm(String code, Object... arguments) {
        return new EvaluationProblem(null, code, List.of(arguments));
    }

    static EvaluationProblem ofField(String field, String code, Object... arguments) {
        return new EvaluationProblem(field, code, List.of(arguments));
    }

    public boolean aboutTheForm() {
        return field == null;
    }
}
