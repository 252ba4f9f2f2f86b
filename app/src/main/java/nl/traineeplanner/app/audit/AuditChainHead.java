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

    protected AuditChainHead() {}

    long lastNo() {
        return lastNo;
    }

    String lastSeal() {
        return lastSeal;
    }

    void advance(long no, String seal) {
        this.lastNo = no;
        this.lastSeal = seal;
    }
}
