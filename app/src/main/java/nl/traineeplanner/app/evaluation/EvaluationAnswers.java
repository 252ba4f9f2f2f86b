package nl.traineeplanner.app.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone typed into a form: an answer to each of the four questions and a general remark. {@link #problems}
 * is the one place that says which answers are acceptable.
 */
public record EvaluationAnswers(
        Answer learningGoals, Answer contribution, Answer supervision, Answer again, String remark) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int TEXT_MAX = 2000;

    public EvaluationAnswers {
        learningGoals = learningGoals == null ? Answer.NONE : learningGoals;
        contribution = contribution == null ? Answer.NONE : contribution;
        supervision = supervision == null ? Answer.NONE : supervision;
        again = again == null ? Answer.NONE : again;
    }

    public Answer answer(EvaluationQuestion question) {
        return switch (question) {
            case LEARNING_GOALS -> learningGoals;
            case CONTRIBUTION -> contribution;
            case SUPERVISION -> supervision;
            case AGAIN -> again;
        };
    }

    /**
     * Every problem with these answers, per field: a score outside 1 to 5, a text or remark that is too long, and, when
     * the form is to be submitted, a question without a score. Texts may stay empty.
     */
    public List<EvaluationProblem> problems(boolean submitting) {
        List<EvaluationProblem> problems = new ArrayList<>();
        for (EvaluationQuestion question : EvaluationQuestion.values()) {
            Answer answer = answer(question);
            String field = question.field();
            if (answer.score() == null) {
                if (submitting) {
                    problems.add(EvaluationProblem.ofField(field + ".score", "evaluation.refused.score.missing"));
                }
            } else if (answer.score() < LOWEST || answer.score() > HIGHEST) {
                problems.add(
                        EvaluationProblem.ofField(field + ".score", "evaluation.refused.score.range", LOWEST, HIGHEST));
            }
            if (tooLong(answer.text())) {
                problems.add(EvaluationProblem.ofField(field + ".text", "evaluation.refused.text.long", TEXT_MAX));
            }
        }
        if (tooLong(remark)) {
            problems.add(EvaluationProblem.ofField("remark", "evaluation.refused.text.long", TEXT_MAX));
        }
        return problems;
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > TEXT_MAX;
    }

    /** A text as it is stored: without the spaces around it, and null when nothing is left. */
    static String cleaned(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
