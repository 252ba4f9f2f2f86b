package nl.traineeplanner.app.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator invites a fellow programme coordinator (a colleague, a successor) on the accounts page and over JSON,
 * as they invite a host; refusals show at the field they concern. A coordinator cannot switch off their own account,
 * and the last coordinator account that is on stays on. E-mail is off in these tests, so each link is shown.
 */
@WebAppTest
@Transactional
class CoordinatorAccountsTests {

    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private Accounts management;

    private MvcResult invite(String name, String email) throws Exception {
        return mvc.perform(post("/accounts/coordinators")
                        .param("name", name)
                        .param("email", email)
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andReturn();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorInvitesAFellowCoordinatorWhoIsListedWithThatRole() throws Exception {
        MvcResult result = invite(" Fenna Kuipers ", "Fenna.Kuipers@Example.org");

        List<AccountsController.Shown> shown =
                (List<AccountsController.Shown>) result.getFlashMap().get("invited");
        assertThat(shown).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Fenna Kuipers");
            assertThat(s.mailed()).isFalse();
            assertThat(s.link()).startsWith("http://localhost:8080/password/set?token=");
        });
        UserAccount fenna = accounts.findByUsername("fenna.kuipers@example.org").orElseThrow();
        assertThat(fenna.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(fenna.getEmail()).contains("fenna.kuipers@example.org");
        assertThat(fenna.isEnabled()).isTrue();

        mvc.perform(get("/accounts").flashAttrs(result.getFlashMap()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                matchesRegex("(?s).*<th scope=\"row\">Fenna Kuipers</th>\\s*"
                                        + "<td>fenna.kuipers@example.org</td>\\s*<td>programmacoördinator</td>.*"),
                                containsString(shown.get(0).link()),
                                containsString("action=\"/accounts/coordinators\""),
                                containsString("<label for=\"coordinator-email\">E-mailadres</label>"))));
    }

    @Test
    void aRefusedInvitationShowsAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        invite("Fenna Kuipers", "fenna.kuipers@example.org");
        long before = accounts.count();

        MvcResult taken = mvc.perform(post("/accounts/coordinators")
                        .param("name", "Iemand Anders")
                        .param("email", "FENNA.KUIPERS@example.org")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.emailTaken"))
                .andExpect(flash().attribute("refusalAt", "coordinator-email"))
                .andExpect(flash().attribute("coordinatorName", "Iemand Anders"))
                .andReturn();
        mvc.perform(get("/accounts").flashAttrs(taken.getFlashMap()).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"#coordinator-email\">Dit e-mailadres is al in gebruik"),
                                containsString("id=\"coordinator-email-error\""),
                                containsString("aria-invalid=\"true\" aria-describedby=\"coordinator-email-error\""),
                                containsString("value=\"Iemand Anders\""),
                                not(containsString("aria-describedby=\"coordinator-name-error\"")),
                                not(containsString("aria-describedby=\"host-email-error\"")))));

        mvc.perform(post("/accounts/coordinators")
                        .param("name", " ")
                        .param("email", "iemand@example.org")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.name"))
                .andExpect(flash().attribute("refusalAt", "coordinator-name"));
        mvc.perform(post("/accounts/coordinators")
                        .param("name", "x".repeat(201))
                        .param("email", "iemand@example.org")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.tooLong"))
                .andExpect(flash().attribute("refusalArgument", 200))
                .andExpect(flash().attribute("refusalAt", "coordinator-name"));
        mvc.perform(post("/accounts/coordinators")
                        .param("name", "Iemand")
                        .param("email", "iemand@" + "x".repeat(90) + ".example.org")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.tooLong"))
                .andExpect(flash().attribute("refusalArgument", 100))
                .andExpect(flash().attribute("refusalAt", "coordinator-email"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void theApiInvitesACoordinatorAsItInvitesAHost() throws Exception {
        mvc.perform(post("/api/accounts/coordinators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Jelle Bos\", \"email\": \"jelle.bos@example.org\"}")
                        .with(COORDINATOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.role", is("COORDINATOR")))
                .andExpect(jsonPath("$.account.username", is("jelle.bos@example.org")))
                .andExpect(jsonPath("$.account.enabled", is(true)))
                .andExpect(jsonPath("$.mailed", is(false)))
                .andExpect(jsonPath("$.link", notNullValue()));
        long before = accounts.count();
        mvc.perform(post("/api/accounts/coordinators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Nog een\", \"email\": \"Jelle.Bos@example.org\"}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("accounts.refused.emailTaken")))
                .andExpect(jsonPath("$.field", is("email")));
        mvc.perform(post("/api/accounts/coordinators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"zonder.naam@example.org\"}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("accounts.refused.name")))
                .andExpect(jsonPath("$.field", is("name")));
        mvc.perform(post("/api/accounts/coordinators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + "x".repeat(201) + "\", \"email\": \"lang@example.org\"}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest());
        for (String other : List.of("host", "trainee")) {
            mvc.perform(post("/api/accounts/coordinators")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"Kaper\", \"email\": \"kaper@example.org\"}")
                            .with(SignIn.as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/accounts/coordinators")
                            .param("name", "Kaper")
                            .param("email", "kaper@example.org")
                            .with(SignIn.as(other))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aCoordinatorCannotSwitchOffTheirOwnAccount() throws Exception {
        UserAccount me = accounts.findByUsername("coordinator").orElseThrow();

        mvc.perform(post("/accounts/{id}/disable", me.getId()).with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andExpect(flash().attribute("refusal", "accounts.refused.disableOwn"))
                .andExpect(flash().attributeCount(2));
        mvc.perform(post("/api/accounts/{id}/disable", me.getId()).with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("accounts.refused.disableOwn")));
        assertThat(me.isEnabled()).isTrue();

        invite("Fenna Kuipers", "fenna.kuipers@example.org");
        mvc.perform(get("/accounts").with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("Uitschakelen</span><span class=\"visually-hidden\">: Fenna Kuipers"),
                                not(containsString(
                                        "Uitschakelen</span><span class=\"visually-hidden\">: Programmac")))));
    }

    @Test
    void theLastCoordinatorWhoCanSignInStaysOn() throws Exception {
        UserAccount demo = accounts.findByUsername("coordinator").orElseThrow();
        invite("Fenna Kuipers", "fenna.kuipers@example.org");
        UserAccount fenna = accounts.findByUsername("fenna.kuipers@example.org").orElseThrow();

        // a colleague is switched off while another coordinator stays on
        mvc.perform(post("/accounts/{id}/disable", fenna.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("switched", "accounts.disabled"));
        assertThat(fenna.isEnabled()).isFalse();

        // someone signed in as coordinator without an account of that role (a role from the identity provider)
        assertThatThrownBy(() -> AsUser.run("beheer", "COORDINATOR", () -> management.disable(demo)))
                .isInstanceOf(Accounts.Refused.class)
                .hasMessage("accounts.refused.lastCoordinator");
        assertThat(demo.isEnabled()).isTrue();

        AsUser.run("beheer", "COORDINATOR", () -> management.enable(fenna));
        AsUser.run("beheer", "COORDINATOR", () -> management.disable(demo));
        assertThat(demo.isEnabled()).isFalse();
        assertThatThrownBy(() -> AsUser.run("beheer", "COORDINATOR", () -> management.disable(fenna)))
                .isInstanceOf(Accounts.Refused.class)
                .hasMessage("accounts.refused.lastCoordinator");
        assertThat(fenna.isEnabled()).isTrue();
    }
}
