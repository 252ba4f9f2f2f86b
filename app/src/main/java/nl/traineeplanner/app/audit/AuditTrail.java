package nl.traineeplanner.app.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The audit trail, newest first per round. */
public interface AuditTrail extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByRoundIdOrderByOccurredAtDescIdDesc(Long roundId);

    List<AuditEvent> findByAssignmentIdOrderByOccurredAtDescIdDesc(Long assignmentId);

    /** What the trail holds about one trainee: events that name them, and what they did under their user name. */
    @Query("select e from AuditEvent e where e.traineeId = :trainee or e.username = :username"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> findAboutTrainee(@Param("trainee") Long traineeId, @Param("username") String username);

    /** Writes one event about an assignment, now. */
    default AuditEvent recordForAssignment(
            String username, AuditAction action, Long assignmentId, String detail, String reason) {
        return save(AuditEvent.aboutAssignment(LocalDateTime.now(), username, action, assignmentId, detail, reason));
    }

    /** Writes one event, now. */
    default AuditEvent record(String username, AuditAction action, Long roundId, String detail, String reason) {
        return save(new AuditEvent(LocalDateTime.now(), username, action, roundId, detail, reason));
    }

    /** Writes one event about a trainee (in a round, or in none), now. */
    default AuditEvent recordAboutTrainee(
            String username, AuditAction action, Long roundId, Long traineeId, String detail, String reason) {
        return save(AuditEvent.aboutTrainee(LocalDateTime.now(), username, action, roundId, traineeId, detail, reason));
    }

    /** Someone other than the trainee opened the trainee's personal data; {@code what} says where, without the name. */
    default AuditEvent recordRead(String username, Long traineeId, String what) {
        return recordAboutTrainee(username, AuditAction.PERSONAL_DATA_READ, null, traineeId, what, null);
    }
}
