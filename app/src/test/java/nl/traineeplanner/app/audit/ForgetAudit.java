package nl.traineeplanner.app.audit;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests that share one database only: removes audit events a test wrote (the planner itself has no way to), and
 * seals the chain again so it stays whole for the next test. Not for PostgreSQL, where the database refuses it.
 */
public final class ForgetAudit {

    private ForgetAudit() {}

    public static void all(JdbcTemplate jdbc, AuditTrail audit) {
        jdbc.update("delete from audit_event");
        audit.resealAll();
    }

    public static void these(JdbcTemplate jdbc, AuditTrail audit, Collection<AuditEvent> events) {
        events.forEach(e -> jdbc.update("delete from audit_event where id = ?", e.getId()));
        audit.resealAll();
    }
}
