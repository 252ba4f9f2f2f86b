package nl.traineeplanner.app.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for real people: the coordinator invites a trainee and a host, the person sets a strong password through
 * the link (once), signs in, changes password and language; a switched-off account cannot sign in; and nobody but the
 * coordinator manages accounts. E-mail is off in these tests, so the page shows each link to hand over.
 */
@WebAppTest
@Transactional
class AccountsTests {

    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");
    private static final String STRONG = "paarse giraffe fietst langs het Reitdiep";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private OrganisationRepository organisations;

    private Trainee withoutAccount() {
        List<Long> taken = accounts.findAll().stream()
                .filter(a -> a.getTrainee() != null)
                .map(a -> a.getTrainee().getId())
                .toList();
        return trainees.findAllByOrderByName().stream()
                .filter(t -> !taken.contains(t.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** Invites and returns the link the page shows (e-mail is off). */
    @SuppressWarnings("unchecked")
    private String invite(Trainee trainee, String email) throws Exception {
        MvcResult result = mvc.perform(post("/accounts/trainees/{id}", trainee.getId())
                        .param("email", email)
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andReturn();
        List<AccountsController.Shown> shown =
                (List<AccountsController.Shown>) result.getFlashMap().get("invited");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).mailed()).isFalse();
        return shown.get(0).link();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void anInvitedTraineeSetsAStrongPasswordOnceAndSignsIn() throws Exception {
        Trainee trainee = withoutAccount();
        String link = invite(trainee, "Nieuwe.Trainee@Example.org");
        assertThat(link).startsWith("http://localhost:8080/password/set?token=");
        UserAccount account =
                accounts.findByUsername("nieuwe.trainee@example.org").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.TRAINEE);
        assertThat(trainee.getEmail()).isEqualTo("nieuwe.trainee@example.org");

        mvc.perform(get("/password/set").param("token", token(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nieuwe.trainee@example.org")));
        for (String weak : List.of("welkom", "wachtwoord123", "Groningen2026!", "qwertyuiop12")) {
            mvc.perform(post("/password/set")
                            .param("token", token(link))
                            .param("password", weak)
                            .param("repeat", weak)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"message error\"")));
        }
        mvc.perform(get("/api/my/profile").with(httpBasic("nieuwe.trainee@example.org", "wachtwoord123")))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/password/set")
                        .param("token", token(link))
                        .param("password", STRONG)
                        .param("repeat", STRONG)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(get("/api/my/profile").with(httpBasic("nieuwe.trainee@example.org", STRONG)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(trainee.getName())));

        mvc.perform(get("/password/set").param("token", token(link)))
                .andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(post("/password/set")
                        .param("token", token(link))
                        .param("password", "een heel ander lang wachtwoord")
                        .param("repeat", "een heel ander lang wachtwoord")
                        .with(csrf()))
                .andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(get("/api/my/profile").with(httpBasic("nieuwe.trainee@example.org", STRONG)))
                .andExpect(status().isOk());
    }

    @Test
    void aHostUserIsBoundToOneOrganisationAndAnAddressIsUsedOnce() throws Exception {
        long provincie =
                organisations.findByCode("provincie-groningen").orElseThrow().getId();
        mvc.perform(post("/accounts/hosts")
                        .param("name", "Sietse Bakker")
                        .param("email", "sietse.bakker@provincie.example.org")
                        .param("organisation", String.valueOf(provincie))
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attributeExists("invited"));
        UserAccount host =
                accounts.findByUsername("sietse.bakker@provincie.example.org").orElseThrow();
        assertThat(host.getRole()).isEqualTo(Role.HOST);
        assertThat(host.getOrganisation().getId()).isEqualTo(provincie);

        long before = accounts.count();
        mvc.perform(post("/accounts/hosts")
                        .param("name", "Iemand Anders")
                        .param("email", "SIETSE.BAKKER@provincie.example.org")
                        .param("organisation", String.valueOf(provincie))
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.emailTaken"))
                .andExpect(flash().attribute("hostName", "Iemand Anders"));
        mvc.perform(post("/accounts/hosts")
                        .param("name", "N".repeat(UserAccount.DISPLAY_NAME_MAX + 1))
                        .param("email", "nog.iemand@provincie.example.org")
                        .param("organisation", String.valueOf(provincie))
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.tooLong"))
                .andExpect(flash().attribute("refusalArgument", UserAccount.DISPLAY_NAME_MAX))
                .andExpect(flash().attribute("refusalAt", "host-name"));
        mvc.perform(post("/accounts/trainees/{id}", withoutAccount().getId())
                        .param("email", "geen adres")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("refusal", "accounts.refused.email"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() throws Exception {
        UserAccount bram = accounts.findByUsername("bram").orElseThrow();
        mvc.perform(get("/my").with(SignIn.as("bram"))).andExpect(status().isOk());

        mvc.perform(post("/accounts/{id}/disable", bram.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"));
        mvc.perform(get("/api/my/profile").with(SignIn.as("bram"))).andExpect(status().isUnauthorized());

        mvc.perform(
                post("/accounts/{id}/enable", bram.getId()).with(COORDINATOR).with(csrf()));
        mvc.perform(get("/my").with(SignIn.as("bram"))).andExpect(status().isOk());
    }

    @Test
    void aSessionOpenWhenItsAccountIsSwitchedOffEndsAtItsNextRequest() throws Exception {
        UserAccount bram = accounts.findByUsername("bram").orElseThrow();
        MockHttpSession pages = SignIn.session(mvc, "bram");
        MockHttpSession api = SignIn.session(mvc, "bram");
        mvc.perform(get("/my").session(pages)).andExpect(status().isOk());
        mvc.perform(get("/api/my/profile").session(api)).andExpect(status().isOk());

        mvc.perform(post("/accounts/{id}/disable", bram.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"));

        mvc.perform(get("/my").session(pages)).andExpect(redirectedUrl("/login"));
        assertThat(pages.isInvalid()).as("the session has ended").isTrue();
        mvc.perform(get("/api/my/profile").session(api)).andExpect(status().isUnauthorized());
        assertThat(api.isInvalid()).as("the session has ended").isTrue();
    }

    @Test
    void aWholeCohortIsInvitedExceptTraineesWithoutAUsableAddress() throws Exception {
        Trainee trainee = withoutAccount();
        trainee.changeEmail("import-1-1@traineeplanner.invalid");
        long before = accounts.count();
        long cohort = trainee.getCohort().getId();
        long missing = trainees.findByCohortIdOrderById(cohort).stream()
                .filter(t -> accounts.findByTraineeId(t.getId()).isEmpty())
                .count();

        mvc.perform(post("/accounts/cohorts/{id}", cohort).with(COORDINATOR).with(csrf()))
                .andExpect(flash().attribute("withoutAddress", List.of(trainee.getName())));

        assertThat(accounts.count()).isEqualTo(before + missing - 1);
        assertThat(accounts.findByTraineeId(trainee.getId())).isEmpty();
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndLanguage() throws Exception {
        mvc.perform(post("/account/password")
                        .param("current", "fout")
                        .param("password", STRONG)
                        .param("repeat", STRONG)
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(content().string(containsString("Het huidige wachtwoord klopt niet")));
        mvc.perform(post("/account/password")
                        .param("current", "demo")
                        .param("password", STRONG)
                        .param("repeat", STRONG)
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/assignments").with(httpBasic("host", STRONG))).andExpect(status().isOk());

        mvc.perform(post("/account/language")
                        .param("language", "en")
                        .with(SignIn.as("host"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(accounts.findByUsername("host").orElseThrow().getLanguage()).isEqualTo("en");
    }

    @Test
    void forgettingAPasswordSaysTheSameWhetherOrNotTheAccountExists() throws Exception {
        for (String email : List.of("anna.de.jong@trainee.example.nl", "niemand@example.org")) {
            mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Als er een account met dit adres is")));
        }
    }

    @Test
    void onlyTheCoordinatorManagesAccounts() throws Exception {
        UserAccount bram = accounts.findByUsername("bram").orElseThrow();
        long before = accounts.count();
        for (RequestPostProcessor other : List.of(SignIn.as("host"), SignIn.as("trainee"))) {
            mvc.perform(get("/accounts").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/accounts/{id}/disable", bram.getId()).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/accounts/trainees/{id}", withoutAccount().getId())
                            .param("email", "kaper@example.org")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(bram.isEnabled()).isTrue();
        assertThat(accounts.count()).isEqualTo(before);
        mvc.perform(get("/accounts").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bram Visser"), not(containsString("token=")))));
    }
}
