package nl.traineeplanner.app.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link AuditChain} for Spring Data: appends with the request's address, seals after commit, checks the chain. */
class AuditChainImpl implements AuditChain {

    @PersistenceContext
    private EntityManager entities;

    private final JdbcTemplate jdbc;
    private final org.springframework.beans.factory.ObjectProvider<AuditSealer> sealer;

    /** The sealer is absent only where just the database layer is started (persistence tests). */
    private final org.springframework.beans.factory.ObjectProvider<RequestOrigin> origin;

    AuditChainImpl(
            JdbcTemplate jdbc,
            org.springframework.beans.factory.ObjectProvider<AuditSealer> sealer,
            org.springframework.beans.factory.ObjectProvider<RequestOrigin> origin) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.origin = origin;
    }

    @Override
    @Transactional
    public AuditEvent append(AuditEvent event) {
        event.cameFrom(origin.getIfAvailable(() -> () -> null).address());
        entities.persist(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        sealer.ifAvailable(AuditSealer::sealSoon);
                    } catch (RuntimeException notNow) {
                        // what was committed stays; the sealer's next round seals it
                        System.getLogger(AuditChainImpl.class.getName())
                                .log(System.Logger.Level.WARNING, "audit events not sealed yet: " + notNow);
                    }
                }
            });
        }
        return event;
    }

    @Override
    @Transactional
    public void allowRewrite() {
        if (onPostgres()) {
            jdbc.queryForObject("select set_config('traineeplanner.audit_rewrite', 'on', true)", String.class);
        }
    }

    @Override
    @Transactional
    public void resealAll() {
        entities.flush();
        AuditChainHead head = entities.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        String previous = head.anchorSeal();
        long no = head.firstNo() - 1;
        for (AuditEvent event : sealedInOrder()) {
            entities.refresh(event);
            no++;
            String seal = event.sealOf(previous);
            jdbc.update("update audit_event set seal = ?, chain_no = ? where id = ?", seal, no, event.getId());
            previous = seal;
        }
        head.resealed(head.firstNo(), head.anchorSeal(), no, previous);
        entities.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public ChainCheck check() {
        AuditChainHead head = entities.find(AuditChainHead.class, 1);
        String previous = head.anchorSeal();
        long expectedNo = head.firstNo();
        long sealed = 0;
        // up to the head as it was read: a sealer that commits meanwhile does not make the check see a broken end
        for (AuditEvent event : sealedInOrder(head.lastNo())) {
            if (event.getChainNo() == null) {
                // written in this persistence context and sealed since by the sealer: read it as the database has it
                entities.refresh(event);
            }
            if (event.getChainNo() != expectedNo
                    || !event.sealOf(previous, head.localZoneAt(expectedNo)).equals(event.getSeal())) {
                return new ChainCheck(sealed, waiting(), event.getId());
            }
            previous = event.getSeal();
            expectedNo++;
            sealed++;
        }
        if (head.lastNo() != expectedNo - 1 || !java.util.Objects.equals(head.lastSeal(), previous)) {
            return new ChainCheck(sealed, waiting(), -1L);
        }
        return new ChainCheck(sealed, waiting(), null);
    }

    @Override
    @Transactional
    public Removed removeBefore(Instant cutoff) {
        entities.flush();
        AuditChainHead head = entities.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        Long firstKept = entities.createQuery(
                        "select min(e.chainNo) from AuditEvent e where e.chainNo is not null and e.occurredAt >= :cutoff",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .getSingleResult();
        long lastRemoved = firstKept == null ? head.lastNo() : firstKept - 1;
        if (lastRemoved < head.firstNo()) {
            return new Removed(0, head.firstNo(), head.anchorSeal());
        }
        String anchor =
                jdbc.queryForObject("select seal from audit_event where chain_no = ?", String.class, lastRemoved);
        if (onPostgres()) {
            jdbc.queryForObject(
                    "select set_config('traineeplanner.audit_remove_before', ?, true)",
                    String.class,
                    cutoff.toString());
        }
        int removed = jdbc.update("delete from audit_event where chain_no is not null and chain_no <= ?", lastRemoved);
        head.startsAt(lastRemoved + 1, anchor);
        entities.flush();
        return new Removed(removed, lastRemoved + 1, anchor);
    }

    private List<AuditEvent> sealedInOrder() {
        return entities.createQuery(
                        "select e from AuditEvent e where e.chainNo is not null order by e.chainNo", AuditEvent.class)
                .getResultList();
    }

    private List<AuditEvent> sealedInOrder(long upTo) {
        return entities.createQuery(
                        "select e from AuditEvent e where e.chainNo is not null and e.chainNo <= :upTo order by e.chainNo",
                        AuditEvent.class)
                .setParameter("upTo", upTo)
                .getResultList();
    }

    private long waiting() {
        return entities.createQuery("select count(e) from AuditEvent e where e.chainNo is null", Long.class)
                .getSingleResult();
    }

    private boolean onPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres")));
    }
}
