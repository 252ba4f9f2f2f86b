package nl.traineeplanner.app.audit;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A detail or reason of the trail as a Dutch reader sees it, for tests: in words, its references left as they are. */
public final class AuditWords {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasename("messages");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private AuditWords() {}

    public static String dutch(String stored) {
        return AuditText.isKey(stored) ? AuditText.words(stored, BUNDLES, Locale.forLanguageTag("nl")) : stored;
    }

    public static String english(String stored) {
        return AuditText.isKey(stored) ? AuditText.words(stored, BUNDLES, Locale.ENGLISH) : stored;
    }
}
