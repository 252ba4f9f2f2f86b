package nl.traineeplanner.app.round;

/** Where a round stands in its cycle; the order of the constants is the order of the cycle. */
public enum RoundStatus {
    INTAKE,
    PREFERENCES_OPEN,
    MATCHING,
    PUBLISHED,
    RUNNING,
    CLOSED
}
