package nl.traineeplanner.app.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.engine.explain.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal reads in the user's language, the engine's sentences in it too. */
class RefusalMessagesTests {

    private final RefusalMessages messages = new RefusalMessages(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theEnginesSentencesOfARefusalAreInTheUsersLanguage() {
        PlanningRefusal refusal = new PlanningRefusal(
                "refusal.whatif.rule", new Text("regel een", "rule one"), new Text("regel twee", "rule two"));

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(messages.explain(refusal)).isEqualTo("The first choice is not possible: rule one; rule two");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(messages.explain(refusal)).isEqualTo("De eerste keuze kan niet: regel een; regel twee");
    }

    @Test
    void otherArgumentsStayWhatTheyAre() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(messages.explain(new PlanningRefusal("refusal.edit.pinned", "Anna")))
                .isEqualTo(messages.text("refusal.edit.pinned", "Anna"))
                .contains("Anna");
    }
}
