package nl.traineeplanner.app.assignment;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.Hibernate;

/** Reference data with a code and a Dutch and English name, identified by its code alone. */
@MappedSuperclass
public abstract class ReferenceItem {

    @Id
    private String code;

    private String name;

    private String nameEn;

    protected ReferenceItem() {}

    protected ReferenceItem(String code, String name, String nameEn) {
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

    /** Same kind and code; a lazy proxy of the same item is equal too. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReferenceItem that
                && Hibernate.getClass(that) == Hibernate.getClass(this)
                && code != null
                && code.equals(that.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
