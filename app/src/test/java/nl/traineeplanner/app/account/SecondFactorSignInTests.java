package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator app as second factor of the login form: setting it up, the code after the password before any
 * page, wrong and reused codes, the lockout, the coordinator's reset, and HTTP Basic on the API.
 */
@WebAppTest
@Transactional
class SecondFactorSignInTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SecondFactors secondFactors;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private Clock clock;

    private final Totp totp = new Totp();

    @AfterEach
    void forget() {
        throttle.clear();
    }

    @Test
    void aCoordinatorWithAnAppGivesTheCodeBeforeAnyPage() throws Exception {
        String secret = setUp("coordinator");
        MockHttpSession session = SignIn.session(mvc, "coordinator");

        mvc.perform(get("/assignments").session(session)).andExpect(toTheCode());
        mvc.perform(get("/rounds").session(session)).andExpect(toTheCode());
        mvc.perform(get("/login/totp").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/second-factor-code"))
                .andExpect(content().string(containsString("Code uit je authenticator-app")))
                .andExpect(content().string(not(containsString("href=\"/rounds\""))));

        mvc.perform(post("/login/totp")
                        .param("code", code(secret, 1))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("http://localhost/rounds?continue"));
        mvc.perform(get("/assignments").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/rounds\"")));
        mvc.perform(get("/api/accounts").session(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongCodeIsRefusedAndWrittenToTheAuditTrail() throws Exception {
        String secret = setUp("coordinator");
        MockHttpSession session = SignIn.session(mvc, "coordinator");

        mvc.perform(post("/login/totp")
                        .param("code", wrongCode(secret))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login/totp?error"));
        mvc.perform(get("/assignments").session(session)).andExpect(toTheCode());
        mvc.perform(get("/login/totp").param("error", "").session(session))
                .andExpect(content().string(containsString("Deze code klopt niet")));
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.SECOND_FACTOR_FAILED
                        && e.getUsername().equals("coordinator"));
    }

    @Test
    void aCodeIsTakenOnlyOnce() throws Exception {
        String secret = setUp("coordinator");
        String code = code(secret, 1);
        MockHttpSession first = SignIn.session(mvc, "coordinator");
        mvc.perform(post("/login/totp").param("code", code).session(first).with(csrf()))
                .andExpect(redirectedUrl("/dashboard"));

        MockHttpSession second = SignIn.session(mvc, "coordinator");
        mvc.perform(post("/login/totp").param("code", code).session(second).with(csrf()))
                .andExpect(redirectedUrl("/login/totp?error"));
        mvc.perform(get("/assignments").session(second)).andExpect(toTheCode());
    }

    @Test
    void fiveWrongCodesLockTheSignInEvenForTheRightCodeAndANewPasswordSignInDoesNotHelp() throws Exception {
        String secret = setUp("coordinator");
        MockHttpSession session = SignIn.session(mvc, "coordinator");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/totp")
                            .param("code", wrongCode(secret))
                            .session(session)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login/totp?error"));
        }
        // the password alone does not clear the failures of the code
        session = SignIn.session(mvc, "coordinator");
        mvc.perform(post("/login/totp")
                        .param("code", wrongCode(secret))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login/totp?error"));

        mvc.perform(post("/login/totp")
                        .param("code", code(secret, 1))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login/totp?locked"));
        mvc.perform(get("/assignments").session(session)).andExpect(toTheCode());
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_LOCKED
                        && e.getUsername().equals("coordinator"));
    }

    @Test
    void aCoordinatorWhoMustHaveOneSetsItUpRightAfterThePassword() throws Exception {
        ReflectionTestUtils.setField((Object) AopTestUtils.getTargetObject(secondFactors), "coordinatorsMust", true);
        try {
            MockHttpSession session = SignIn.session(mvc, "coordinator");
            mvc.perform(get("/trainees").session(session)).andExpect(toTheCode());
            mvc.perform(get("/login/totp").session(session)).andExpect(redirectedUrl("/account/second-factor"));
            SecondFactors.Setup setup = (SecondFactors.Setup)
                    mvc.perform(get("/account/second-factor").session(session))
                            .andExpect(status().isOk())
                            .andExpect(model().attribute("inSignIn", true))
                            .andExpect(content().string(containsString("src=\"/account/second-factor/qr.svg\"")))
                            .andReturn()
                            .getModelAndView()
                            .getModel()
                            .get("setup");
            assertThat(setup.uri()).startsWith("otpauth://totp/Traineeplanner:coordinator?secret=" + setup.secret());
            mvc.perform(get("/account/second-factor/qr.svg").session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                    .andExpect(content().string(containsString("<svg")))
                    .andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control"))
                            .contains("no-store"));

            mvc.perform(post("/account/second-factor")
                            .param("code", wrongCode(setup.secret()))
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("problem", "secondFactor.wrongCode"));
            mvc.perform(post("/account/second-factor")
                            .param("code", code(setup.secret(), 0))
                            .session(session)
                            .with(csrf()))
                    .andExpect(redirectedUrl("http://localhost/trainees?continue"));
            mvc.perform(get("/trainees").session(session)).andExpect(status().isOk());

            UserAccount coordinator = accounts.findByUsername("coordinator").orElseThrow();
            assertThat(coordinator.hasSecondFactor()).isTrue();
            assertThat(coordinator.getSecondFactorSecret()).doesNotContain(setup.secret());
            assertThat(audit.findAll())
                    .anyMatch(e -> e.getAction() == AuditAction.SECOND_FACTOR_SET_UP
                            && e.getUsername().equals("coordinator"));
        } finally {
            ReflectionTestUtils.setField(
                    (Object) AopTestUtils.getTargetObject(secondFactors), "coordinatorsMust", false);
        }
    }

    @Test
    void anyoneMaySetOneUpOnTheAccountPageAndResetItWithACurrentCode() throws Exception {
        MockHttpSession session = SignIn.session(mvc, "trainee");
        mvc.perform(get("/account").session(session)).andExpect(content().string(containsString("Tweede factor")));
        SecondFactors.Setup setup =
                (SecondFactors.Setup) mvc.perform(get("/account/second-factor").session(session))
                        .andExpect(model().attribute("inSignIn", false))
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("setup");
        mvc.perform(post("/account/second-factor")
                        .param("code", code(setup.secret(), 0))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/account/second-factor/qr.svg").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/account/second-factor").session(session))
                .andExpect(model().attributeDoesNotExist("setup"))
                .andExpect(content().string(not(containsString(setup.grouped()))));

        // the next sign-in asks for the code
        MockHttpSession next = SignIn.session(mvc, "trainee");
        mvc.perform(get("/my").session(next)).andExpect(toTheCode());

        mvc.perform(post("/account/second-factor/reset")
                        .param("code", wrongCode(setup.secret()))
                        .session(session)
                        .with(csrf()))
                .andExpect(model().attribute("problem", "secondFactor.wrongCode"));
        assertThat(accounts.findByUsername("trainee").orElseThrow().hasSecondFactor())
                .isTrue();
        mvc.perform(post("/account/second-factor/reset")
                        .param("code", code(setup.secret(), 1))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/second-factor"));
        assertThat(accounts.findByUsername("trainee").orElseThrow().hasSecondFactor())
                .isFalse();
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.SECOND_FACTOR_RESET
                        && e.getUsername().equals("trainee"));
    }

    @Test
    void theCoordinatorResetsSomeonesSecondFactorAfterALostPhone() throws Exception {
        setUp("host");
        Long id = accounts.findByUsername("host").orElseThrow().getId();
        mvc.perform(get("/accounts").with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString("/accounts/" + id + "/second-factor/reset")));

        mvc.perform(post("/accounts/{id}/second-factor/reset", id)
                        .with(SignIn.as("coordinator"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"));

        assertThat(accounts.findByUsername("host").orElseThrow().hasSecondFactor())
                .isFalse();
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.SECOND_FACTOR_RESET
                        && e.getUsername().equals("coordinator")
                        && ("account {account#" + id + "}").equals(e.getDetail()));
        mvc.perform(post("/accounts/{id}/second-factor/reset", id)
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        setUp("host");
        mvc.perform(get("/api/accounts").with(SignIn.as("coordinator")))
                .andExpect(jsonPath("$[?(@.username == 'host')].secondFactor", contains(true)));
        mvc.perform(post("/api/accounts/{id}/second-factor/reset", id).with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secondFactor", is(false)));
    }

    @Test
    void httpBasicOnTheApiIsRefusedForAnAccountWithASecondFactor() throws Exception {
        mvc.perform(get("/api/accounts").with(httpBasic("coordinator", "demo"))).andExpect(status().isOk());
        setUp("coordinator");

        mvc.perform(get("/api/accounts").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:traineeplanner:problem:second-factor"))
                .andExpect(jsonPath("$.detail", containsString("HTTP Basic")));
        mvc.perform(get("/api/accounts").with(httpBasic("coordinator", "fout"))).andExpect(status().isUnauthorized());
    }

    /** Sent to the second step of signing in, as Spring Security's missing-factor handler does. */
    private static ResultMatcher toTheCode() {
        return result -> assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp?factor.type=totp&factor.reason=missing");
    }

    private String setUp(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        String secret = Totp.newSecret();
        assertThat(secondFactors.confirm(account, secret, code(secret, -1))).isTrue();
        return secret;
    }

    /** The code of the secret for the step of now plus {@code offset}. */
    private String code(String secret, int offset) {
        return totp.code(secret, Totp.step(clock.instant()) + offset);
    }

    /** A code that is none of the codes near now. */
    private String wrongCode(String secret) {
        long now = Totp.step(clock.instant());
        for (int candidate = 0; ; candidate += 111111) {
            String code = String.format("%06d", candidate % 1_000_000);
            boolean near = false;
            for (long step = now - 2; step <= now + 2; step++) {
                near |= totp.code(secret, step).equals(code);
            }
            if (!near) {
                return code;
            }
        }
    }
}
