package nl.traineeplanner.app.assignment;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;

/** A funding programme: Toekomst van Groningen ({@code tvg}) or Nationaal Programma Groningen ({@code npg}). */
@Entity
@Immutable
public class Programme extends ReferenceItem {

    protected Programme() {}

    public Programme(String code, String name, String nameEn) {
        super(code, name, nameEn);
    }
}
