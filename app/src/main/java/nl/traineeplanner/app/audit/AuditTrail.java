package nl.traineeplanner.app.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail, newest first per round. */
public interface AuditTrail extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByRoundIdOrderByOccurredAtDescIdDesc(Long roundId);

    /** Writes one event, now. */
    default AuditEvent record(String username, AuditAction action, Long roundId, String detail, String reason) {
        return save(new AuditEvent(LocalDateTime.now(), username, action, roundId, detail, reason));
    }
}
