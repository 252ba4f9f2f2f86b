package nl.traineeplanner.app.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A "beleidsterrein": the policy area an assignment belongs to. */
@Entity
@Immutable
@Table(name = "policy_domain")
public class PolicyDomain extends ReferenceItem {

    protected PolicyDomain() {}

    public PolicyDomain(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
