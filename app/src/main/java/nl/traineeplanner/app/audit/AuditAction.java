package nl.traineeplanner.app.audit;

/** What a coordinator (or anyone else) did that must be traceable afterwards. */
public enum AuditAction {
    RUN_STARTED,
    RUN_STOPPED,
    RUN_ACCEPTED,
    PLACEMENT_PINNED,
    PLACEMENT_UNPINNED,
    PLACEMENT_MOVED,
    PLACEMENTS_SWAPPED,
    TRAINEE_PLACED,
    PREFERENCES_OPENED,
    MATCHING_STARTED,
    ROUND_PUBLISHED,
    /** Trainees and hosts were told in the planner about a published round. */
    MESSAGES_CREATED,
    MAIL_SENT,
    /** Some or all e-mails could not be sent; the detail says how many and why. */
    MAIL_FAILED,
    /** No e-mail server is configured, so nobody was e-mailed. */
    MAIL_OFF,
    ROUND_STARTED,
    ROUND_CLOSED,
    /** The coordinator changed the number of choices or the hosts' ranking deadline. */
    ROUND_SETTINGS_CHANGED,
    /** A host saved, submitted or withdrew a proposal. */
    PROPOSAL_SAVED,
    PROPOSAL_SUBMITTED,
    PROPOSAL_WITHDRAWN,
    /** The coordinator approved a proposal, asked for changes or rejected it; the reason is the comment. */
    PROPOSAL_REVIEWED,
    /** A trainee asked that a person looks at their placement again (AVG article 22); the reason is theirs. */
    HUMAN_REVIEW_REQUESTED,
    /** Too many failed sign-ins: the user name or address is refused for a while. */
    LOGIN_LOCKED,
    /**
     * Someone signed in with the login form or through the identity provider (the detail names it); sign-ins of API
     * clients are not written, only their failures.
     */
    LOGIN_SUCCEEDED,
    /**
     * A wrong user name or password, on the login form or the API, or a sign-in through the identity provider that was
     * refused or went wrong (the detail says why); the user name is the one tried.
     */
    LOGIN_FAILED,
    /** Someone set up an authenticator app as the second factor of their account. */
    SECOND_FACTOR_SET_UP,
    /** A second factor was reset: by its owner (with a current code) or by the coordinator; the detail names it. */
    SECOND_FACTOR_RESET,
    /** A wrong or reused code from the authenticator app, at sign-in or when resetting it. */
    SECOND_FACTOR_FAILED,
    /** The coordinator made an account and sent its invitation, or sent a new one. */
    ACCOUNT_INVITED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** A password was set through an invitation or a forgotten-password link; the detail says which. */
    PASSWORD_SET,
    /** A signed-in user changed their own password. */
    PASSWORD_CHANGED,
    /** The coordinator downloaded (part of) the audit trail; the detail is the search, the reason how many lines. */
    AUDIT_EXPORTED,
    /** A trainee or host downloaded a calendar file of placements; the detail names the file, the reason how many. */
    CALENDAR_EXPORTED,
    /** The coordinator downloaded a cohort's published plan as an Excel file; the detail names it, the reason how many. */
    PLAN_EXPORTED,
    /** A round, a run's input or a run's plan was downloaded as the engine's JSON; the detail names it, the reason how many. */
    PLANNING_FILE_EXPORTED,
    /** The nightly retention job anonymised former trainees whose period had passed, or names those it had to leave. */
    RETENTION_APPLIED,
    COHORT_IMPORTED,
    /** The coordinator made a cohort with its rounds in the planner; one event per round. */
    COHORT_CREATED,
    /** The coordinator changed a round's name, dates, deadlines or evaluation days; the detail says from what to what. */
    ROUND_CHANGED,
    PLAN_IMPORTED,
    /**
     * Someone other than the trainee opened their personal data: the coordinator a trainee's profile, a host the
     * candidates of an assignment (one event per candidate). The event names the trainee.
     */
    PERSONAL_DATA_READ,
    /** The coordinator anonymised a former trainee (AVG article 17); the event names the trainee by id only. */
    TRAINEE_ANONYMISED,
    /**
     * The coordinator imported trainees, host users or assignments from an Excel or CSV file into a cohort; the detail
     * names what, the file and the cohort, the reason how many rows.
     */
    DATA_IMPORTED,
    /** An import of such a file was refused for its problems and stored nothing; the reason says how many. */
    DATA_IMPORT_REFUSED,
    /** The coordinator downloaded a cohort's assignment catalogue as an Excel file; the detail names it. */
    CATALOGUE_EXPORTED,
    /** Someone made a personal API token for their account; the detail names it and until when it works. */
    API_TOKEN_CREATED,
    /** Someone revoked one of their API tokens. */
    API_TOKEN_REVOKED,
    /** An API call came with a token that is unknown, revoked or expired; the detail says which. */
    API_TOKEN_REFUSED
}
