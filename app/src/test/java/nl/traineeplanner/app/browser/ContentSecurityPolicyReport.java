package nl.traineeplanner.app.browser;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * In the browser tests every page comes with a strict Content-Security-Policy in report-only mode: the browser runs
 * the page as usual, but writes to its console whatever that policy would block (inline script or style, style
 * attributes, event-handler attributes, other origins). {@link BrowserTest} fails a test that caused such a report.
 * Report-only, so that it neither hides nor weakens a policy that the application sends itself.
 */
@TestConfiguration(proxyBeanMethods = false)
class ContentSecurityPolicyReport {

    static final String HEADER = "Content-Security-Policy-Report-Only";
    static final String POLICY = "default-src 'self'";

    @Bean
    FilterRegistrationBean<Filter> strictContentSecurityPolicyReport() {
        Filter filter = (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader(HEADER, POLICY);
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
