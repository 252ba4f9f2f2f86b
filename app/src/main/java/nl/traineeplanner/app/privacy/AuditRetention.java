package nl.traineeplanner.app.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditChain;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention period of the audit trail, applied with the nightly retention: the lines older than
 * {@code traineeplanner.retention.audit-years} are removed from the start of the chain, which then starts after the
 * seal of the last one removed (see {@link AuditChain#removeBefore}); the removal is itself written to the trail, with
 * that seal, so the check of the chain still passes and shows where it starts.
 */
@Component
class AuditRetention {

    private final AuditTrail audit;
    private final Clock clock;
    private final int auditYears;

    AuditRetention(AuditTrail audit, Clock clock, @Value("${traineeplanner.retention.audit-years:7}") int auditYears) {
        if (auditYears < 1) {
            throw new IllegalArgumentException("traineeplanner.retention.audit-years must be at least 1");
        }
        this.audit = audit;
        this.clock = clock;
        this.auditYears = auditYears;
    }

    @Transactional
    public AuditChain.Removed apply() {
        Instant cutoff = ZonedDateTime.now(clock).minusYears(auditYears).toInstant();
        AuditChain.Removed removed = audit.removeBefore(cutoff);
        if (removed.events() > 0) {
            audit.record(
                    Retention.PLANNER,
                    AuditAction.RETENTION_APPLIED,
                    null,
                    AuditText.of(
                            "audit.detail.retention.audit",
                            auditYears,
                            removed.events(),
                            cutoff.atZone(AuditEvent.SHOWN_IN).toLocalDate(),
                            removed.firstNo(),
                            removed.anchorSeal()),
                    null);
        }
        return removed;
    }
}
