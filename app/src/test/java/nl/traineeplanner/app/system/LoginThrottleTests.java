package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Guessing a password stops after five tries for a while, even the right one; the lockout is in the audit trail. */
@WebAppTest
class LoginThrottleTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private AuditTrail audit;

    @AfterEach
    void forget() {
        throttle.clear();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/assignments").with(httpBasic("coordinator", "raden" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/assignments").with(SignIn.as("coordinator")))
                .andExpect(status().is(429))
                .andExpect(content().string(containsString("Te veel mislukte pogingen")));
        mvc.perform(post("/login")
                        .param("username", "coordinator")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("Te veel mislukte")));

        mvc.perform(get("/api/assignments").with(SignIn.as("host"))).andExpect(status().isOk());
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_LOCKED
                        && e.getUsername().equals("coordinator"));
    }

    @Test
    void aSuccessClearsEarlierFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/assignments").with(httpBasic("host", "fout" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/assignments").with(SignIn.as("host"))).andExpect(status().isOk());
        mvc.perform(get("/api/assignments").with(httpBasic("host", "nogmaals-fout")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/assignments").with(SignIn.as("host"))).andExpect(status().isOk());
    }
}
