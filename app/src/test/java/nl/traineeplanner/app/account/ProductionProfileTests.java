package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** In real use there is no demo data, the login page names no demo accounts, and a demo password stops the start. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:production;DB_CLOSE_DELAY=-1",
            "spring.datasource.password=a-long-secret",
            "traineeplanner.base-url=https://planner.example.org"
        })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@Transactional
class ProductionProfileTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private NoDemoAccountsInProduction guard;

    @Test
    void theLoginPageNamesNoDemoAccounts() throws Exception {
        assertThat(accounts.count()).isZero();
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("Demo-accounts"))));
    }

    @Test
    void aDemoAccountWithTheDemoPasswordStopsTheStartUntilItIsSwitchedOff() {
        guard.check();
        UserAccount demo = accounts.save(UserAccount.coordinator("coordinator", passwords.encode("demo"), "Demo"));

        assertThatIllegalStateException()
                .isThrownBy(guard::check)
                .withMessageContaining("'coordinator'")
                .withMessageContaining("Accounts");

        demo.disable();
        guard.check();
    }
}
