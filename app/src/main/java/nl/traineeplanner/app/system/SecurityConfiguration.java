package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see what. Pages use a session from the login form or the organisation's identity provider; the JSON API
 * under {@code /api/} also takes HTTP Basic and personal API tokens ({@code Authorization: Bearer}), and only there.
 * CSRF protection stays on for everything a browser session can reach; only API calls that carry their own credentials
 * skip it.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher API_WITH_OWN_CREDENTIALS = request ->
            API.matches(request) && (hasBasicCredentials(request) || BearerTokenFilter.hasBearerToken(request));

    @Bean
    LoginThrottleFilter loginThrottleFilter(
            LoginThrottle throttle,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages) {
        return new LoginThrottleFilter(throttle, events, messages);
    }

    /** The throttle runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<LoginThrottleFilter> loginThrottleRegistration(
            LoginThrottleFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The JSON API: the browser session of a signed-in user, or HTTP Basic for a client with its own credentials (those
     * calls skip CSRF, as they carry no cookie a page could abuse). An unauthenticated call gets 401, not the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            LoginThrottleFilter loginThrottle,
            LoginThrottle throttle,
            BearerTokens tokens,
            ApplicationEventPublisher events,
            MessageSource messages,
            JsonMapper json,
            SwitchedOffAccounts switchedOff)
            throws Exception {
        http.securityMatcher(API);
        whoMaySeeWhat(http);
        endSessionsOfSwitchedOffAccounts(http, switchedOff, messages);
        securityHeaders(http);
        http.httpBasic(basic -> {})
                // an API call is not replayed after signing in, so it is not kept in a session either
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .addFilterBefore(loginThrottle, BasicAuthenticationFilter.class)
                // a personal API token: a digest looked up, instead of a password hashed with BCrypt on every call
                .addFilterBefore(
                        new BearerTokenFilter(tokens, throttle, events, messages), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_OWN_CREDENTIALS))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                                .defaultDeniedHandlerForMissingAuthority(
                                        SecondFactorSignIn.apiRefusal(messages, json), SecondFactor.TOTP));
        return http.build();
    }

    /**
     * Every {@code hasRole} and {@code authenticated} rule of both chains also asks for the code of the authenticator
     * app from a sign-in that {@link SecondFactor} marks; {@code permitAll} pages (the login pages among them) do not.
     */
    @Bean
    AuthorizationManagerFactory<RequestAuthorizationContext> authorizationManagerFactory() {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory =
                new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(SecondFactor.requirement());
        return factory;
    }

    /**
     * Pages: a session from the login form, or from the organisation's identity provider (OpenID Connect) when one is
     * set; either or both, as {@link SignInOptions} says. HTTP Basic is not taken here, so a page cannot be guessed at
     * cheaply.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(
            HttpSecurity http,
            LoginThrottleFilter loginThrottle,
            SignInOptions signIn,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcAccounts,
            ObjectProvider<SecondFactorCodes> secondFactorCodes,
            ApplicationEventPublisher events,
            SwitchedOffAccounts switchedOff,
            MessageSource messages)
            throws Exception {
        whoMaySeeWhat(http);
        endSessionsOfSwitchedOffAccounts(http, switchedOff, messages);
        securityHeaders(http);
        if (signIn.form()) {
            http.formLogin(form -> form.loginPage("/login")
                    .successHandler(new StartPageAfterLogin())
                    .permitAll());
            // after the password, a sign-in that must give the code of the authenticator app is sent to ask for it
            http.addFilterAfter(
                            SecondFactorSignIn.filter(secondFactorCodes.getObject(), events),
                            UsernamePasswordAuthenticationFilter.class)
                    .exceptionHandling(errors -> errors.defaultDeniedHandlerForMissingAuthority(
                            new LoginUrlAuthenticationEntryPoint(SecondFactorSignIn.PAGE), SecondFactor.TOTP));
        }
        if (signIn.oidc()) {
            // The person is bound to their planner account by the account service; a registration without the
            // openid scope (plain OAuth2) would say nothing it can check, so it is refused.
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(user -> user.oidcUserService(oidcAccounts.getObject())
                            .userService(SecurityConfiguration::notOpenIdConnect))
                    .successHandler(new StartPageAfterLogin())
                    .failureHandler(new OidcLoginFailure(events))
                    .permitAll());
        }
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Plain OAuth2 (a registration without the openid scope) gets nobody in. */
    static OAuth2User notOpenIdConnect(OAuth2UserRequest request) {
        throw new OidcSignInRefused(
                null,
                OidcSignInRefused.Reason.NOT_OPENID_CONNECT,
                null,
                request.getClientRegistration().getRegistrationId());
    }

    /** The style sheets, scripts and icons: the same for everyone, and no personal data. */
    private static final String[] STATIC_FILES = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg"};

    /** A session of an account switched off since it signed in is treated as not signed in ({@link AccountStillOn}). */
    private static void endSessionsOfSwitchedOffAccounts(
            HttpSecurity http, SwitchedOffAccounts switchedOff, MessageSource messages) {
        RequestMatcher staticFiles = new OrRequestMatcher(Arrays.stream(STATIC_FILES)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        http.addFilterAfter(new AccountStillOn(switchedOff, staticFiles, messages), SecurityContextHolderFilter.class);
    }

    /** The one list of which role may reach which path; objects within a path are checked by the services. */
    private static void whoMaySeeWhat(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_FILES)
                .permitAll()
                .requestMatchers(
                        "/login",
                        // the second step of signing in, and setting up the authenticator app it needs: these pages
                        // check for themselves that the password was given
                        SecondFactorSignIn.PAGE,
                        "/account/second-factor",
                        "/account/second-factor/qr.svg",
                        "/about",
                        "/privacy",
                        "/accessibility",
                        "/password/set",
                        "/password/forgot",
                        "/error")
                .permitAll()
                .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .hasRole("COORDINATOR")
                .requestMatchers("/trainees/**", "/api/trainees/**")
                .hasRole("COORDINATOR")
                .requestMatchers("/audit", "/audit.csv")
                .hasRole("COORDINATOR")
                .requestMatchers("/accounts", "/accounts/**", "/api/accounts", "/api/accounts/**")
                .hasRole("COORDINATOR")
                .requestMatchers(
                        "/dashboard",
                        "/rounds/**",
                        "/runs/**",
                        "/placements/**",
                        "/cohorts/**",
                        "/api/rounds/**",
                        "/api/runs/**",
                        "/api/cohorts/**")
                .hasRole("COORDINATOR")
                .requestMatchers("/evaluations", "/evaluations/**", "/api/evaluations", "/api/evaluations/**")
                .hasRole("COORDINATOR")
                .requestMatchers("/assignments/new", "/assignments/*/edit", "/assignments/review")
                .hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.POST, "/assignments", "/api/assignments")
                .hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.PUT, "/api/assignments/*")
                .hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.POST, "/assignments/*/review", "/api/assignments/*/review")
                .hasRole("COORDINATOR")
                .requestMatchers("/api/proposals", "/api/proposals/**")
                .hasRole("HOST")
                .requestMatchers("/proposals", "/proposals/**")
                .hasRole("HOST")
                .requestMatchers("/my", "/my/**", "/api/my/**")
                .hasRole("TRAINEE")
                .requestMatchers("/host", "/host/**", "/api/host/**")
                .hasRole("HOST")
                .anyRequest()
                .authenticated());
    }

    /**
     * No script, style or frame from anywhere but the planner itself, and no inline script or style at all; no
     * framing; the address of a page is not sent to other sites. HSTS is added on HTTPS (behind a proxy that says so).
     */
    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
