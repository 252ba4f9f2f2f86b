package nl.traineeplanner.app.evaluation;

/**
 * The four fixed questions of every form, each answered with a score from 1 to 5 and a free text. The wording differs
 * for the host and the trainee (the message bundle holds both); {@link #field()} names the answer in forms and in the
 * API.
 */
public enum EvaluationQuestion {
    /** "Leerdoelen": how far the trainee gets with the learning goals of the assignment. */
    LEARNING_GOALS("learningGoals"),
    /** "Bijdrage": the trainee's contribution to the organisation. */
    CONTRIBUTION("contribution"),
    /** "Begeleiding": the supervision the host gives. */
    SUPERVISION("supervision"),
    /** "Opnieuw een trainee": the host would take a trainee again; the trainee would recommend the host. */
    AGAIN("again");

    private final String field;

    EvaluationQuestion(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
