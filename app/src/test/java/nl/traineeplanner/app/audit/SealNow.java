package nl.traineeplanner.app.audit;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * For tests that write audit events in their own transaction: seals them in it, as the sealer would after the commit,
 * and forgets the loaded events so that they are read again with their seals.
 */
public final class SealNow {

    private SealNow() {}

    public static void waiting(JdbcTemplate jdbc, EntityManager entities) {
        entities.flush();
        entities.clear();
        AuditSealer sealer = new AuditSealer(jdbc, null);
        ReflectionTestUtils.setField(sealer, "entities", entities);
        sealer.sealWaiting();
        sealer.stop();
        entities.clear();
    }
}
