package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second step of signing in with the login form: {@code POST /login/totp} with the code from the authenticator
 * app. Spring Security's {@link AuthenticationFilter} with multi-factor support on adds the factor {@link
 * SecondFactor#TOTP} to the sign-in of the password (same person), keeps it in the session under a new session id, and
 * goes on to the page that asked for it. Wrong codes are authentication failures like wrong passwords: they count for
 * the sign-in throttle and are written to the audit trail.
 */
final class SecondFactorSignIn {

    static final String PAGE = "/login/totp";

    private SecondFactorSignIn() {}

    static AuthenticationFilter filter(SecondFactorCodes codes, ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new CodeCheck(codes));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        AuthenticationFilter filter = new AuthenticationFilter(manager, SecondFactorSignIn::code);
        filter.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE));
        filter.setMfaEnabled(true);
        filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        filter.setSuccessHandler(new StartPageAfterLogin());
        filter.setFailureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                + (failure instanceof InsufficientAuthenticationException ? "/login" : PAGE + "?error")));
        return filter;
    }

    /** The code typed, for whoever signed in with their password in this session. */
    private static Authentication code(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!SecondFactor.signedIn(current)) {
            throw new InsufficientAuthenticationException("sign in with the password first");
        }
        String code = request.getParameter("code");
        SecondFactorCode typed = new SecondFactorCode(
                current.getPrincipal(), current.getName(), code == null ? "" : code.replaceAll("\\s", ""));
        typed.setDetails(new WebAuthenticationDetails(request));
        return typed;
    }

    /** Checks the code; a right one becomes the factor, which the filter adds to the password's sign-in. */
    private record CodeCheck(SecondFactorCodes codes) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            SecondFactorCode typed = (SecondFactorCode) authentication;
            if (!codes.check(typed.getName(), (String) typed.getCredentials())) {
                throw new BadCredentialsException("wrong code from the authenticator app");
            }
            UsernamePasswordAuthenticationToken factor = UsernamePasswordAuthenticationToken.authenticated(
                    typed.getPrincipal(), null, List.of(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP)));
            factor.setDetails(typed.getDetails());
            return factor;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return SecondFactorCode.class.isAssignableFrom(authentication);
        }
    }

    /**
     * On the API, a sign-in that lacks the code (HTTP Basic of an account with a second factor, or a session that has
     * not given the code yet) gets 401 with a problem document that says why: Basic cannot carry the code.
     */
    static AuthenticationEntryPoint apiRefusal(MessageSource messages, JsonMapper json) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            var locale = LanguageOfRequest.of(request);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:traineeplanner:problem:second-factor");
            problem.put("title", messages.getMessage("secondFactor.api.title", null, locale));
            problem.put("status", HttpStatus.UNAUTHORIZED.value());
            problem.put("detail", messages.getMessage("secondFactor.api.detail", null, locale));
            problem.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
        };
    }
}
