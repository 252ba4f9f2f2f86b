package nl.traineeplanner.app.evaluation;

/** Who fills a form: the host's supervisor (an account of the placement's organisation), or the trainee. */
public enum EvaluationAuthor {
    HOST,
    TRAINEE;

    public EvaluationAuthor other() {
        return this == HOST ? TRAINEE : HOST;
    }
}
