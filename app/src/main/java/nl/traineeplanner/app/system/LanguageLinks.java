package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The language switch keeps the page's query (filters, search text): only {@code lang} changes. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("nl", withLanguage(request, "nl"), "en", withLanguage(request, "en"));
    }

    private static String withLanguage(HttpServletRequest request, String language) {
        return UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .replaceQueryParam("continue")
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }
}
