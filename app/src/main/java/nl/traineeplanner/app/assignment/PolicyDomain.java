package nl.traineeplanner.app.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A "beleidsterrein": the policy area an assignment belongs to. */
@Entity
@Immutable
@Table(name = "policy_domain")
public class PolicyDomain {

    @Id
    private String code;

    private String name;

    private String nameEn;

    protected PolicyDomain() {}

    public PolicyDomain(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The name in the user's language: Dutch unless English was chosen. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    /** Reference data is identified by its code alone. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyDomain that && code != null && code.equals(that.getCode());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(code);
    }
}
