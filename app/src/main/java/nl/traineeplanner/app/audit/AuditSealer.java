package nl.traineeplanner.app.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
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

    AuditSealer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Seals every committed event that has no seal yet. When another sealer (or a reseal) holds the head, this one
     * leaves the work to it, or to the next minute, instead of waiting.
     */
    @Scheduled(fixedDelayString = "${traineeplanner.audit.seal-every:PT1M}")
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
