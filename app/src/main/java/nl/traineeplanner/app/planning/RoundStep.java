package nl.traineeplanner.app.planning;

/** The steps of a round's cycle a coordinator takes on the round page, in order. */
public enum RoundStep {
    OPEN_PREFERENCES,
    START_MATCHING,
    PUBLISH,
    START,
    CLOSE
}
