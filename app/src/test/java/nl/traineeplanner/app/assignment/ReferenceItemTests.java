package nl.traineeplanner.app.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceItemTests {

    @Test
    void itemsOfOneKindAreEqualByCode() {
        assertThat(new PolicyDomain("water", "Water", "Water"))
                .isEqualTo(new PolicyDomain("water", "Water en klimaat", "Water and climate"))
                .hasSameHashCodeAs(new PolicyDomain("water", "Water", "Water"))
                .isNotEqualTo(new PolicyDomain("economie", "Economie", "Economy"));
    }

    @Test
    void itemsOfDifferentKindsAreNeverEqual() {
        assertThat(new PolicyDomain("npg", "x", "x")).isNotEqualTo(new Programme("npg", "x", "x"));
    }

    @Test
    void nameFollowsTheLanguage() {
        Programme npg = new Programme("npg", "Nationaal Programma Groningen", "National Programme Groningen");

        assertThat(npg.name(Locale.forLanguageTag("nl"))).isEqualTo("Nationaal Programma Groningen");
        assertThat(npg.name(Locale.ENGLISH)).isEqualTo("National Programme Groningen");
    }
}
