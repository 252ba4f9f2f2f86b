package nl.traineeplanner.app.audit;

/**
 * Writing to the audit trail and keeping it tamper-evident: the part of {@link AuditTrail} that is code, not a query.
 * There is no way to remove an event, except the oldest ones once their retention period has passed.
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

    /**
     * Removes the oldest sealed events, from the start of the chain up to the first one at or after {@code cutoff}, for
     * the retention period of the trail. The chain then starts after the seal of the last one removed (its anchor), so
     * the check still passes; the caller writes the removal, with that anchor, to the trail. On PostgreSQL the database
     * allows this only for sealed events more than a year old.
     */
    Removed removeBefore(java.time.Instant cutoff);

    /** What {@link #removeBefore} did: how many events it removed, where the chain now starts and after which seal. */
    record Removed(int events, long firstNo, String anchorSeal) {}

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
