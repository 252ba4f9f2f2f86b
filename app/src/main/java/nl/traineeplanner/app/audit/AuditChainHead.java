package nl.traineeplanner.app.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The end of the audit chain: the place and seal of the last sealed event. One row, taken with a lock to seal. */
@Entity
class AuditChainHead {

    @Id
    private Integer id;

    private long lastNo;

    private String lastSeal;

    /** Events up to this place were sealed with their local time in {@link #localZone} (see V18). */
    private long localUntil;

    private String localZone;

    /** The place of the first event kept, and the seal of the last one removed by the retention period (or null). */
    private long firstNo = 1;

    private String anchorSeal;

    protected AuditChainHead() {}

    long lastNo() {
        return lastNo;
    }

    String lastSeal() {
        return lastSeal;
    }

    long firstNo() {
        return firstNo;
    }

    String anchorSeal() {
        return anchorSeal;
    }

    /** The zone of the local time an event at this place was sealed with, or null when sealed with its moment. */
    java.time.ZoneId localZoneAt(long no) {
        if (no > localUntil) {
            return null;
        }
        try {
            return localZone == null ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(localZone);
        } catch (java.time.DateTimeException unknown) {
            return java.time.ZoneId.systemDefault();
        }
    }

    /** After sealing everything again: every seal covers the moment. */
    void resealed(long first, String anchor, long no, String seal) {
        this.firstNo = first;
        this.anchorSeal = anchor;
        this.localUntil = 0;
        advance(no, seal);
    }

    /** The lines before {@code first} are gone; {@code anchor} was the seal of the last of them. */
    void startsAt(long first, String anchor) {
        this.firstNo = first;
        this.anchorSeal = anchor;
    }

    void advance(long no, String seal) {
        this.lastNo = no;
        this.lastSeal = seal;
    }
}
