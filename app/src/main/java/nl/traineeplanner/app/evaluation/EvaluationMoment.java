package nl.traineeplanner.app.evaluation;

import java.time.LocalDate;
import nl.traineeplanner.app.round.Round;

/** When in a round a placement is evaluated: halfway ("tussenevaluatie") and near the end ("eindevaluatie"). */
public enum EvaluationMoment {
    MID_TERM,
    FINAL;

    /** The day the evaluations of this moment open in the round, as the round keeps it. */
    public LocalDate opensOn(Round round) {
        return this == MID_TERM ? round.getMidTermEvaluationOpens() : round.getFinalEvaluationOpens();
    }
}
