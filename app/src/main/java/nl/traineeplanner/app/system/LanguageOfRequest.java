package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** The language for an answer given before the pages run (a filter): the one chosen in this session, or Dutch. */
final class LanguageOfRequest {

    private LanguageOfRequest() {}

    static Locale of(HttpServletRequest request) {
        var session = request.getSession(false);
        Object chosen =
                session == null ? null : session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME);
        return chosen instanceof Locale locale ? locale : WebConfiguration.DUTCH;
    }
}
