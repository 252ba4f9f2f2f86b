package nl.traineeplanner.app.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals committed audit events into the chain, in the order it finds them, one sealer at a time (it holds the chain's
 * head row while it works, briefly). Runs after every transaction that wrote an event, and each minute for any event a
 * crash left unsealed.
 */
@Component
class AuditSealer {

    @PersistenceContext
    private EntityManager entities;

    private final JdbcTemplate jdbc;
    private final org.springframework.beans.factory.ObjectProvider<AuditSealer> self;
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "audit-sealer");
                thread.setDaemon(true);
                return thread;
            });
    private final java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();

    AuditSealer(JdbcTemplate jdbc, org.springframework.beans.factory.ObjectProvider<AuditSealer> self) {
        this.jdbc = jdbc;
        this.self = self;
    }

    /**
     * Seals soon, on the sealer's own thread. The transaction that wrote an event does not seal it itself: it would
     * need a second database connection while it still holds its first, and many such requests at once would wait on
     * each other until the pool's timeout.
     */
    void sealSoon() {
        if (asked.compareAndSet(false, true)) {
            background.execute(() -> {
                asked.set(false);
                try {
                    self.getObject().sealWaiting();
                } catch (RuntimeException notNow) {
                    // what was committed stays; the next event or the next minute seals it
                    System.getLogger(AuditSealer.class.getName())
                            .log(System.Logger.Level.WARNING, "audit events not sealed yet: " + notNow);
                }
            });
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdown();
    }

    /**
     * Seals every committed event that has no seal yet. When another sealer (or a reseal) holds the head, this one
     * leaves the work to it, or to the next minute, instead of waiting.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sealWaiting() {
        List<Map<String, Object>> head = jdbc.queryForList(
                "select last_no, last_seal from audit_chain_head where id = 1 for update skip locked");
        if (head.isEmpty()) {
            return;
        }
        long no = ((Number) head.get(0).get("last_no")).longValue();
        String previous = (String) head.get(0).get("last_seal");
        long first = no;
        for (AuditEvent event : entities.createQuery(
                        "select e from AuditEvent e where e.chainNo is null order by e.id", AuditEvent.class)
                .getResultList()) {
            no++;
            String seal = event.sealOf(previous);
            jdbc.update(
                    "update audit_event set seal = ?, chain_no = ? where id = ? and seal is null",
                    seal,
                    no,
                    event.getId());
            previous = seal;
        }
        if (no != first) {
            jdbc.update("update audit_chain_head set last_no = ?, last_seal = ? where id = 1", no, previous);
        }
    }
}
