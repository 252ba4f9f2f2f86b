package nl.traineeplanner.app.importexport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column of an import file of trainees, host users or assignments. The template has the Dutch header; a file may
 * also use the English one or one of a few other spellings: headers are compared without case, spaces, hyphens,
 * accents and punctuation, so "E-mail", "email" and "E-mailadres" are the same column.
 */
public enum DataColumn {
    NAME("Naam", "Name", "volledige naam", "full name"),
    EMAIL("E-mail", "E-mail", "e-mailadres", "email address"),
    PHONE("Telefoon", "Phone", "telefoonnummer", "phone number"),
    EDUCATION("Opleiding", "Education"),
    HOME_MUNICIPALITY("Woonplaats", "Home municipality", "woongemeente", "home"),
    INTERESTS("Interesses", "Interests", "beleidsterreinen", "policy domains"),
    MAX_TRAVEL_KM("Max reisafstand km", "Max travel km", "max reisafstand", "max travel distance km"),
    ORGANISATION("Organisatie", "Organisation", "organization", "opdrachtgever", "host"),
    TITLE("Titel", "Title"),
    MUNICIPALITY("Gemeente", "Municipality"),
    DOMAIN("Beleidsterrein", "Policy domain", "domain"),
    PROGRAMME("Programma", "Programme", "program"),
    ROUNDS("Ronde", "Round", "rondes", "rounds"),
    CAPACITY("Capaciteit", "Capacity", "plaatsen", "places"),
    SUPERVISOR_NAME("Begeleider", "Supervisor", "naam begeleider", "supervisor name"),
    SUPERVISOR_EMAIL("E-mail begeleider", "Supervisor e-mail", "supervisor email address"),
    THEMES("Thema's", "Themes"),
    CONTEXT("Context", "Context"),
    TASKS("Taken", "Tasks"),
    EXPECTED_RESULT("Beoogd resultaat", "Expected result", "resultaat", "result");

    private final String header;
    private final String englishHeader;
    private final List<String> spellings;

    DataColumn(String header, String englishHeader, String... others) {
        this.header = header;
        this.englishHeader = englishHeader;
        this.spellings = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(header, englishHeader), java.util.stream.Stream.of(others))
                .map(DataColumn::plain)
                .toList();
    }

    /** The header in the template. */
    public String header() {
        return header;
    }

    public String englishHeader() {
        return englishHeader;
    }

    boolean isCalled(String typed) {
        return spellings.contains(plain(typed));
    }

    /** Lower-case letters and digits only: "E-mail begeleider" becomes "emailbegeleider". */
    static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
