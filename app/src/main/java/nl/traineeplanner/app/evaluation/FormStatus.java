package nl.traineeplanner.app.evaluation;

/** Where one form stands on a day. Whether it is overdue is said besides ({@link EvaluationForm#isOverdue}). */
public enum FormStatus {
    /** Its opening day has not come yet; nothing can be saved. */
    NOT_OPEN,
    /** Open, and nothing saved yet. */
    TO_DO,
    /** Open, with a draft saved that can still be changed. */
    DRAFT,
    /** Submitted: fixed and read-only. */
    SUBMITTED
}
