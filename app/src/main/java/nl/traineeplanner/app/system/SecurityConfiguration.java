package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what. Pages use form login with a session; the JSON API also takes HTTP Basic. CSRF protection stays on
 * for everything a browser session can reach; only API calls that carry their own credentials skip it.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    private static final RequestMatcher API_WITH_OWN_CREDENTIALS =
            request -> API.matches(request) && hasBasicCredentials(request);

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottleFilter loginThrottle) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/about",
                                "/password/set",
                                "/password/forgot",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/trainees/**", "/api/trainees/**")
                        .hasRole("COORDINATOR")
                        .requestMatchers("/accounts", "/accounts/**", "/api/accounts", "/api/accounts/**")
                        .hasRole("COORDINATOR")
                        .requestMatchers(
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
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new StartPageAfterLogin())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> {})
                .addFilterBefore(
                        loginThrottle,
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_OWN_CREDENTIALS))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
        return http.build();
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
