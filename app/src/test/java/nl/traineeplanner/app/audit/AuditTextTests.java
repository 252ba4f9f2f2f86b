package nl.traineeplanner.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A line of the trail stored as a key with its arguments reads in the reader's language, with names put back. */
class AuditTextTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final AuditReader reader = new AuditReader(
            List.of(new AuditNames() {
                @Override
                public AuditRef kind() {
                    return AuditRef.TRAINEE;
                }

                @Override
                public Map<Long, String> namesOf(Set<Long> ids) {
                    return ids.contains(7L) ? Map.of(7L, "Anna de Vries") : Map.of();
                }
            }),
            bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    private String read(String detail, Locale locale) {
        AuditEvent event = new AuditEvent(Instant.now(), "coordinator", AuditAction.PLACEMENT_MOVED, 1L, detail, null);
        return reader.read(List.of(event), locale).detail(event);
    }

    @Test
    void aStoredKeyReadsInTheReadersLanguageWithTheNamesPutBack() {
        String stored = AuditText.of(
                "audit.detail.moved", AuditRef.TRAINEE.of(7), "Woonvisie", "Energie \"2026\"", 1200L, 1190L, "-10");

        assertThat(stored).doesNotContain("strafpunten", "penalty");
        assertThat(read(stored, DUTCH))
                .isEqualTo("Anna de Vries: Woonvisie → Energie \"2026\" (strafpunten 1200 → 1190, -10)");
        assertThat(read(stored, Locale.ENGLISH))
                .isEqualTo("Anna de Vries: Woonvisie → Energie \"2026\" (penalty points 1200 → 1190, -10)");
    }

    @Test
    void aSentenceCountsWithTheNumbersItIsGiven() {
        assertThat(read(AuditText.of("audit.detail.mail.sent", 1, 0), DUTCH)).isEqualTo("1 e-mail verstuurd");
        assertThat(read(AuditText.of("audit.detail.mail.sent", 1234, 2), Locale.ENGLISH))
                .isEqualTo("1234 e-mails sent; 2 recipient(s) without an e-mail address");
    }

    @Test
    void aLineWrittenAsDutchTextBeforeReadsAsItWas() {
        assertThat(read("{trainee#7} → Woonvisie (strafpunten 3 → 4, +1)", Locale.ENGLISH))
                .isEqualTo("Anna de Vries → Woonvisie (strafpunten 3 → 4, +1)");
        assertThat(read("Ronde 1 gestart", Locale.ENGLISH)).isEqualTo("Ronde 1 gestart");
    }

    @Test
    void aKeyTheBundlesDoNotKnowOrThatDoesNotFitShowsWhatWasStored() {
        assertThat(read(AuditText.of("audit.detail.gone", "Ronde 1", 3), DUTCH))
                .isEqualTo("audit.detail.gone, Ronde 1, 3");
        // a number was expected
        assertThat(read(AuditText.of("audit.count.lines", "veel"), DUTCH)).isEqualTo("audit.count.lines, veel");
    }

    @Test
    void anArgumentCannotPassForAnotherOne() {
        String stored = AuditText.of("audit.detail.imported", "trainees\u001Fx\u001Ey", "a.csv", "Lichting 2027");

        assertThat(read(stored, DUTCH)).isEqualTo("trainees x y uit a.csv in Lichting 2027");
    }
}
