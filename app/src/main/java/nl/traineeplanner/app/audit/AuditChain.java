package nl.traineeplanner.app.audit;

/**
 * Writing to the audit trail and keeping it tamper-evident: the part of {@link AuditTrail} that is code, not a query.
 * There is no way to remove an event.
 */
public interface AuditChain {

    /**
     * Writes one event in the caller's transaction, with the network address of the request it is written in. It is
     * sealed into the chain once that transaction has committed (by {@link AuditSealer}).
     */
    AuditEvent append(AuditEvent event);

    /**
     * Lets this transaction change events that are written already: only for the anonymisation of a former trainee,
     * which must call {@link #resealAll()} when done. On PostgreSQL the database refuses any other change.
     */
    void allowRewrite();

    /** Seals every sealed event again, in its order, after {@link #allowRewrite() a rewrite}. */
    void resealAll();

    /** The result of checking the whole chain. */
    ChainCheck check();

    /**
     * How the chain stands: how many events are sealed and how many wait for it, and the first event whose seal does
     * not fit its content or the event before it (null when every seal fits).
     */
    record ChainCheck(long sealed, long waiting, Long firstBrokenEvent) {

        public boolean intact() {
            return firstBrokenEvent == null;
        }
    }
}
