package nl.traineeplanner.app.message;

/** What a message tells; each kind has its own words in the message bundle ({@code message.<kind>.*}). */
public enum MessageKind {
    /** To a trainee: where they go in the published round. */
    TRAINEE_PLACED,
    /** To a host: which trainees come to the organisation in the published round, at which assignments. */
    HOST_PLACED,
    /** To a host: the coordinator approved its proposal, asked for changes or rejected it, with the comment. */
    PROPOSAL_REVIEWED,
    /** To a trainee: choose enough assignments for the round before the preferences deadline. */
    REMINDER_PREFERENCES,
    /** To a host: rank the candidates of the round before the ranking deadline. */
    REMINDER_RANKING,
    /** To a coordinator: a trainee asks that a person looks at their placement again, with the reason. */
    HUMAN_REVIEW_REQUESTED
}
