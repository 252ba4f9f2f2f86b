package nl.traineeplanner.app.evaluation;

/** The answer to one question: a score from 1 to 5 (none yet in a draft) and a free text (may be empty). */
public record Answer(Integer score, String text) {

    public static final Answer NONE = new Answer(null, null);
}
