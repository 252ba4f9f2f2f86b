package nl.traineeplanner.app.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit trail, newest first per round. Events are written once and cannot be removed (there is no delete here, and
 * on PostgreSQL the database refuses it); each is sealed into a hash chain (see {@link AuditChain}). The only change
 * ever made to them is the
 * anonymisation of a former trainee (AVG article 17), which replaces their name and user name by a pseudonym and
 * removes the reasons they wrote themselves. Those changes are plain SQL, because an event is immutable to JPA.
 */
public interface AuditTrail extends Repository<AuditEvent, Long>, AuditChain {

    List<AuditEvent> findAll();

    long count();

    Optional<AuditEvent> findById(Long id);

    List<AuditEvent> findByRoundIdOrderByOccurredAtDescIdDesc(Long roundId);

    List<AuditEvent> findByAssignmentIdOrderByOccurredAtDescIdDesc(Long assignmentId);

    /**
     * The events that fit a search, newest first: each condition left null holds for every event. The user name
     * matches in part, ignoring case; {@code to} is the first moment not included.
     */
    @Query("select e from AuditEvent e where (:action is null or e.action = :action)"
            + " and (:user is null or lower(e.username) like lower(concat('%', :user, '%')))"
            + " and (:from is null or e.occurredAt >= :from) and (:to is null or e.occurredAt < :to)"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> search(
            @Param("action") AuditAction action,
            @Param("user") String user,
            @Param("from") Instant from,
            @Param("to") Instant to,
            org.springframework.data.domain.Limit limit);

    /** What the trail holds about one trainee: events that name them, and what they did under their user name. */
    @Query("select e from AuditEvent e where e.traineeId = :trainee or e.username = :username"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> findAboutTrainee(@Param("trainee") Long traineeId, @Param("username") String username);

    /** Writes one event about an assignment, now. */
    default AuditEvent recordForAssignment(
            String username, AuditAction action, Long assignmentId, String detail, String reason) {
        return append(AuditEvent.aboutAssignment(Instant.now(), username, action, assignmentId, detail, reason));
    }

    /** Writes one event, now. */
    default AuditEvent record(String username, AuditAction action, Long roundId, String detail, String reason) {
        return append(new AuditEvent(Instant.now(), username, action, roundId, detail, reason));
    }

    /** Writes one event about a trainee (in a round, or in none), now. */
    default AuditEvent recordAboutTrainee(
            String username, AuditAction action, Long roundId, Long traineeId, String detail, String reason) {
        return append(AuditEvent.aboutTrainee(Instant.now(), username, action, roundId, traineeId, detail, reason));
    }

    /** Someone other than the trainee opened the trainee's personal data; {@code what} says where, without the name. */
    default AuditEvent recordRead(String username, Long traineeId, String what) {
        return recordAboutTrainee(username, AuditAction.PERSONAL_DATA_READ, null, traineeId, what, null);
    }

    /** Replaces a text (a former trainee's name) wherever it occurs in the details and reasons of the trail. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update audit_event set detail = replace(detail, :text, :replacement),"
                    + " reason = replace(reason, :text, :replacement)"
                    + " where detail like '%' || :text || '%' or reason like '%' || :text || '%'",
            nativeQuery = true)
    int replaceText(@Param("text") String text, @Param("replacement") String replacement);

    /** Gives every event written under a user name another one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update audit_event set username = :replacement where username = :username", nativeQuery = true)
    int replaceUsername(@Param("username") String username, @Param("replacement") String replacement);

    /**
     * Removes the reasons of one kind of event about a trainee, such as the words of their requests for a human review:
     * those that name the trainee, and those written under their user name before events named trainees.
     */
    default int removeReasons(AuditAction action, Long traineeId, String username) {
        return removeReasons(action.name(), traineeId, username);
    }

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update audit_event set reason = null where action = :action"
                    + " and (trainee_id = :trainee or (trainee_id is null and username = :username))",
            nativeQuery = true)
    int removeReasons(
            @Param("action") String action, @Param("trainee") Long traineeId, @Param("username") String username);
}
