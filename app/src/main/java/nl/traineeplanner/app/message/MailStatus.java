package nl.traineeplanner.app.message;

/** Where the e-mail that goes with a message stands. */
public enum MailStatus {
    /** Not sent yet: the publication is being committed, or e-mail was off. */
    WAITING,
    SENT,
    /** The mail server could not be reached or refused it; it can be sent again. */
    FAILED,
    /** The recipient has no e-mail address; the message in the planner is all. */
    NO_ADDRESS
}
