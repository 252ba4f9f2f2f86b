package nl.traineeplanner.app.system;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Security in depth: the services that change data or read personal data check their caller's role themselves
 * ({@code @PreAuthorize}), so a page or API rule that is missing or too wide still refuses. Work without a user runs
 * as the {@link SystemPrincipal} of its {@link SystemJob}.
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor systemJobs() {
        MethodInterceptor asSystem = invocation -> {
            SystemJob job = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), SystemJob.class);
            if (job == null) {
                return invocation.proceed();
            }
            Object[] result = new Object[1];
            Throwable[] failed = new Throwable[1];
            SystemPrincipal.run(job.value(), () -> {
                try {
                    result[0] = invocation.proceed();
                } catch (Throwable t) {
                    failed[0] = t;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            return result[0];
        };
        return new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(SystemJob.class), asSystem);
    }
}
