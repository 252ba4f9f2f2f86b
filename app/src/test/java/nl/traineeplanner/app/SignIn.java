package nl.traineeplanner.app;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Signs a MockMvc request in as one of the demo accounts, the way a real client would: a page gets a signed-in session
 * (pages refuse HTTP Basic), an API call under {@code /api/} sends HTTP Basic with the demo password.
 */
public final class SignIn {

    private SignIn() {}

    /** Signs in with the login form and the demo password, as a browser does, and gives the session. */
    public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    public static RequestPostProcessor as(String username) {
        return request -> {
            if (request.getRequestURI().startsWith("/api/")) {
                return httpBasic(username, "demo").postProcessRequest(request);
            }
            UserDetailsService accounts = WebApplicationContextUtils.getRequiredWebApplicationContext(
                            request.getServletContext())
                    .getBean(UserDetailsService.class);
            return user(accounts.loadUserByUsername(username)).postProcessRequest(request);
        };
    }
}
