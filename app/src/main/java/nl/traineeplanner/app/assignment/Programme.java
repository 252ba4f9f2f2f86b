package nl.traineeplanner.app.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A funding programme: Toekomst van Groningen ({@code tvg}) or Nationaal Programma Groningen ({@code npg}). */
@Entity
@Immutable
public class Programme {

    @Id
    private String code;

    private String name;

    private String nameEn;

    protected Programme() {}

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
}
