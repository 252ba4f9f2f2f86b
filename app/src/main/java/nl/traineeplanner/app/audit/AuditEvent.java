package nl.traineeplanner.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    /** The time zone in which the planner shows the moments of the trail. */
    public static final ZoneId SHOWN_IN = ZoneId.of("Europe/Amsterdam");

    /** The moment, stored with its time zone (UTC), so that it means the same on every server and around summer time. */
    @Column(nullable = false)
    private Instant occurredAt;

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
            Instant occurredAt, String username, AuditAction action, Long roundId, String detail, String reason) {
        // to the microsecond, as the database keeps it, so that the seal is made over what is read back
        this.occurredAt =
                Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Objects.requireNonNull(username, "username");
        this.username = username.length() <= 100 ? username : username.substring(0, 100);
        this.action = Objects.requireNonNull(action, "action");
        this.roundId = roundId;
        this.detail = clip(detail);
        this.reason = clip(reason);
    }

    /** An event about one assignment, such as the review of a proposal. */
    public static AuditEvent aboutAssignment(
            Instant occurredAt, String username, AuditAction action, Long assignmentId, String detail, String reason) {
        AuditEvent event = new AuditEvent(occurredAt, username, action, null, detail, reason);
        event.assignmentId = Objects.requireNonNull(assignmentId, "assignmentId");
        return event;
    }

    /** An event about one trainee, such as a read of their data or a change of their placement; the round may be null. */
    public static AuditEvent aboutTrainee(
            Instant occurredAt,
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

    /**
     * The SHA-256 (hex) of this event's content and the seal of the event before it in the chain, written once by
     * {@link AuditSealer} after the event was committed; null until then.
     */
    @Column(length = 64)
    private String seal;

    /** The event's place in the chain, given with its seal. */
    private Long chainNo;

    /** The network address the request came from, when the event was written during one. */
    @Column(length = 64)
    private String address;

    void cameFrom(String fromAddress) {
        this.address = fromAddress == null || fromAddress.length() <= 64 ? fromAddress : fromAddress.substring(0, 64);
    }

    public Long getChainNo() {
        return chainNo;
    }

    /** The seal this event has when it follows {@code previousSeal}: what the chain check recomputes. */
    String sealOf(String previousSeal) {
        return sealOf(previousSeal, null);
    }

    /**
     * The seal, for an event sealed before moments had a time zone when {@code localZone} is given: that seal covers the
     * local time in that zone, as it was written then (the moment converts back to exactly that local time).
     */
    String sealOf(String previousSeal, ZoneId localZone) {
        String time = localZone == null
                ? occurredAt.toString()
                : LocalDateTime.ofInstant(occurredAt, localZone).toString();
        String content = String.join(
                "\u001f",
                previousSeal == null ? "" : previousSeal,
                time,
                username,
                action.name(),
                String.valueOf(roundId),
                String.valueOf(assignmentId),
                String.valueOf(traineeId),
                String.valueOf(detail),
                String.valueOf(reason),
                String.valueOf(address));
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String getSeal() {
        return seal;
    }

    public String getAddress() {
        return address;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The moment in the Netherlands, as the pages show it (with its offset: +01:00 in winter, +02:00 in summer). */
    public ZonedDateTime getOccurredHere() {
        return occurredAt.atZone(SHOWN_IN);
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
