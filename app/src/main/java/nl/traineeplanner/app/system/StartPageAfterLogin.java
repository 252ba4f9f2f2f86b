package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, back to the page that asked for it, or else to the start page of the role: "Mijn traineeship" for
 * a trainee, the candidates and placements of a host, the overview of the cohort for the coordinator.
 */
class StartPageAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    static String startPage(Authentication authentication) {
        if (authentication != null) {
            for (var authority : authentication.getAuthorities()) {
                switch (authority.getAuthority()) {
                    case "ROLE_TRAINEE" -> {
                        return "/my";
                    }
                    case "ROLE_HOST" -> {
                        return "/host";
                    }
                    default -> {}
                }
            }
        }
        return "/dashboard";
    }

    /** The pages speak the account's own language from the start. */
    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws java.io.IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user && user.language() != null) {
            request.getSession()
                    .setAttribute(
                            org.springframework.web.servlet.i18n.SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                            java.util.Locale.forLanguageTag(user.language()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return startPage(authentication);
    }
}
