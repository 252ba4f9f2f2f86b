package nl.traineeplanner.app.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail, newest first per round. */
public interface AuditTrail extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByRoundIdOrderByOccurredAtDescIdDesc(Long roundId);

    List<AuditEvent> findByAssignmentIdOrderByOccurredAtDescIdDesc(Long assignmentId);

    /** Writes one event about an assignment, now. */
    default AuditEvent recordForAssignment(
            String username, AuditAction action, Long assignmentId, String detail, String reason) {
        return save(AuditEvent.aboutAssignment(LocalDateTime.now(), username, action, assignmentId, detail, reason));
    }

    /** Writes one event, now. */
    default AuditEvent record(String username, AuditAction action, Long roundId, String detail, String reason) {
        return save(new AuditEvent(LocalDateTime.now(), username, action, roundId, detail, reason));
    }
}
