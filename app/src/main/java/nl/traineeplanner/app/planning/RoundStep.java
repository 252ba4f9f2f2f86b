package nl.traineeplanner.app.planning;

import java.util.Arrays;
import java.util.Optional;
import nl.traineeplanner.app.round.RoundStatus;

/** The steps of a round's cycle a coordinator takes on the round page, in order, each from the status it leaves. */
public enum RoundStep {
    OPEN_PREFERENCES(RoundStatus.INTAKE),
    START_MATCHING(RoundStatus.PREFERENCES_OPEN),
    PUBLISH(RoundStatus.MATCHING),
    START(RoundStatus.PUBLISHED),
    CLOSE(RoundStatus.RUNNING);

    private final RoundStatus from;

    RoundStep(RoundStatus from) {
        this.from = from;
    }

    /** The step a round in this status takes next; none for a closed round. */
    public static Optional<RoundStep> next(RoundStatus status) {
        return Arrays.stream(values()).filter(s -> s.from == status).findFirst();
    }
}
