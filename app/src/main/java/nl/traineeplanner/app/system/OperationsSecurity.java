package nl.traineeplanner.app.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Operations' endpoints under {@code /actuator/}: health (with liveness and readiness) is open, so a load balancer
 * or orchestrator can ask it, and shows only the status of each component. Everything else (metrics in Prometheus'
 * format, the details of health) is for the operations account alone: HTTP Basic with
 * {@code traineeplanner.operations.username} and the encoded password in {@code traineeplanner.operations.password}
 * (such as {@code {bcrypt}$2a$10$...}). That account lives apart from the planner's accounts, so no coordinator, host
 * or trainee can use it, and without a password set nobody can. No session is made.
 */
@Configuration
class OperationsSecurity {

    static final String OPERATIONS = "OPERATIONS";

    @Bean
    @Order(0)
    SecurityFilterChain operationsEndpoints(
            HttpSecurity http,
            @Value("${traineeplanner.operations.username:operations}") String username,
            @Value("${traineeplanner.operations.password:}") String password)
            throws Exception {
        InMemoryUserDetailsManager operations = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            operations.createUser(User.withUsername(username)
                    .password(password)
                    .roles(OPERATIONS)
                    .build());
        }
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(operations);
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(OPERATIONS))
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(provider))
                .httpBasic(basic -> {})
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }
}
