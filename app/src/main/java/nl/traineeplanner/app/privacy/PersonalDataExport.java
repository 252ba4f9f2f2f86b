package nl.traineeplanner.app.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the planner keeps about one trainee (AVG article 15), in sections, as the trainee reads it on "Mijn
 * gegevens" and downloads it as JSON. Words (the kind of an event, the text of a message) are in the reader's language;
 * dates and times are ISO 8601.
 */
public record PersonalDataExport(
        LocalDateTime madeAt,
        Profile profile,
        Account account,
        List<RankedList> preferences,
        List<PlacementLine> placements,
        List<EvaluationLine> evaluations,
        List<MessageLine> messages,
        List<ReviewRequest> humanReviewRequests,
        List<AuditEntry> auditTrail) {

    /** The profile: what the coordinator entered (name, e-mail address) and what the trainee keeps up themselves. */
    public record Profile(
            long id,
            String name,
            String email,
            String phone,
            String education,
            String cohort,
            String homeMunicipality,
            Double homeLatitude,
            Double homeLongitude,
            Integer maxTravelKm,
            List<String> interests,
            List<String> excludedOrganisations) {}

    /** The account the trainee signs in with; {@code invitedAt} is when it was first invited, if the planner knows. */
    public record Account(String username, String role, String language, boolean enabled, Instant invitedAt) {}

    /** The ranked list for one round, best first. */
    public record RankedList(long roundId, String round, List<Choice> choices) {}

    public record Choice(int rank, long assignmentId, String assignment, String organisation, String motivation) {}

    /** A placement in a round; one that is not published yet is a proposal that can still change. */
    public record PlacementLine(
            long id,
            String round,
            LocalDate start,
            LocalDate end,
            long assignmentId,
            String assignment,
            String organisation,
            boolean published) {}

    /**
     * One evaluation of a placement: the trainee's own form, and the host's form once both are submitted (until then
     * {@code hostForm} is null, as on the trainee's evaluation pages).
     */
    public record EvaluationLine(
            long placementId, String round, String organisation, String moment, Form ownForm, Form hostForm) {}

    /** A form's state and its answers, each a score from 1 to 5 with a text. */
    public record Form(
            String status, LocalDateTime savedAt, LocalDateTime submittedAt, List<Answer> answers, String remark) {}

    public record Answer(String question, Integer score, String text) {}

    /** A message in the planner to the trainee, in words. */
    public record MessageLine(
            LocalDateTime createdAt, LocalDateTime readAt, String subject, String text, List<String> lines) {}

    /** A request that a person looks at a placement again, with the trainee's reason. */
    public record ReviewRequest(
            long placementId, String round, String assignment, Instant requestedAt, String reason) {}

    /**
     * One line of the audit trail about the trainee: who did what and when, such as the coordinator opening their
     * profile, a host opening the candidates, a change of their placement, or what they did themselves.
     */
    public record AuditEntry(
            java.time.OffsetDateTime occurredAt,
            String by,
            String action,
            String what,
            String round,
            String detail,
            String reason) {}
}
