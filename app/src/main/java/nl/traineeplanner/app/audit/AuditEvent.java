package nl.traineeplanner.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the audit trail: who did what, when, why and in which round. Written once, never changed, except that
 * anonymising a former trainee replaces their name and user name in it (see {@link AuditTrail}). The round, the
 * assignment and the trainee are kept as ids so that this package depends on no feature.
 */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AuditAction action;

    private Long roundId;

    /** The assignment the event is about (a review of a proposal), or null. */
    private Long assignmentId;

    /** The trainee the event is about (a read of their data, a change of their placement), or null. */
    private Long traineeId;

    @Column(length = 2000)
    private String detail;

    @Column(length = 2000)
    private String reason;

    protected AuditEvent() {}

    public AuditEvent(
            LocalDateTime occurredAt, String username, AuditAction action, Long roundId, String detail, String reason) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.username = Objects.requireNonNull(username, "username");
        this.action = Objects.requireNonNull(action, "action");
        this.roundId = roundId;
        this.detail = clip(detail);
        this.reason = clip(reason);
    }

    /** An event about one assignment, such as the review of a proposal. */
    public static AuditEvent aboutAssignment(
            LocalDateTime occurredAt,
            String username,
            AuditAction action,
            Long assignmentId,
            String detail,
            String reason) {
        AuditEvent event = new AuditEvent(occurredAt, username, action, null, detail, reason);
        event.assignmentId = Objects.requireNonNull(assignmentId, "assignmentId");
        return event;
    }

    /** An event about one trainee, such as a read of their data or a change of their placement; the round may be null. */
    public static AuditEvent aboutTrainee(
            LocalDateTime occurredAt,
            String username,
            AuditAction action,
            Long roundId,
            Long traineeId,
            String detail,
            String reason) {
        AuditEvent event = new AuditEvent(occurredAt, username, action, roundId, detail, reason);
        event.traineeId = Objects.requireNonNull(traineeId, "traineeId");
        return event;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
