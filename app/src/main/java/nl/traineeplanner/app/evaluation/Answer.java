package nl.traineeplanner.app.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The answer to one question: a score from 1 to 5 (none yet in a draft) and a free text (may be empty). */
public record Answer(
        // the scale (1 to 5) is the evaluation's own rule (EvaluationAnswers), with its own message
        @Min(value = 0, message = "{bounds.min}") @Max(value = 10, message = "{bounds.max}")
        Integer score,

        @Size(max = 4000, message = "{bounds.text}") String text) {

    public static final Answer NONE = new Answer(null, null);
}
