package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation in real use has no account at all: the address in {@code traineeplanner.first-coordinator.email}
 * becomes its first coordinator at start, invited like anyone else, and the setting does nothing once a coordinator
 * exists.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:firstcoordinator;DB_CLOSE_DELAY=-1",
            "spring.datasource.password=a-long-secret",
            "traineeplanner.base-url=https://planner.example.org",
            "traineeplanner.first-coordinator.email= Anna.de.Vries@Provinciegroningen.nl ",
            "traineeplanner.first-coordinator.name=Anna de Vries"
        })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
@Transactional
class FirstCoordinatorTests {

    private static final String ANNA = "anna.de.vries@provinciegroningen.nl";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AccountTokenRepository tokens;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private FirstCoordinator firstCoordinator;

    @Autowired
    private Accounts making;

    @Test
    void theFirstCoordinatorIsMadeAtStartAndInvitedByThePlanner() {
        UserAccount anna = accounts.findByUsername(ANNA).orElseThrow();

        assertThat(anna.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(anna.getDisplayName()).isEqualTo("Anna de Vries");
        assertThat(anna.isEnabled()).isTrue();
        assertThat(tokens.findByAccountIdAndPurposeOrderByCreatedAt(anna.getId(), TokenPurpose.INVITATION))
                .hasSize(1);
        assertThat(audit.findAll())
                .filteredOn(e -> e.getAction() == AuditAction.ACCOUNT_INVITED)
                .extracting(AuditEvent::getUsername)
                .containsExactly("system:first-coordinator");
    }

    @Test
    void anotherStartMakesNoSecondAccount() {
        firstCoordinator.run(null);

        assertThat(accounts.findAll()).extracting(UserAccount::getUsername).containsExactly(ANNA);
        assertThat(tokens.findAll()).hasSize(1);
    }

    @Test
    void whenTheInvitationCannotBeMailedItsLinkIsInTheLogAndLetsHerChooseAPassword(CapturedOutput output)
            throws Exception {
        UserAccount anna = accounts.findByUsername(ANNA).orElseThrow();
        tokens.deleteAll(tokens.findByAccountIdAndPurposeOrderByCreatedAt(anna.getId(), TokenPurpose.INVITATION));
        accounts.delete(anna);
        accounts.flush();

        firstCoordinator.run(null);

        Matcher link = Pattern.compile("https://planner\\.example\\.org(/password/set\\?token=[\\w-]+)")
                .matcher(output.getOut());
        String newest = null;
        while (link.find()) { // the output may hold the start's own link too, whose token is gone
            newest = link.group(1);
        }
        assertThat(newest).as("the invitation link in the log").isNotNull();
        mvc.perform(get(newest))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")));
    }

    @Test
    void anAccountSwitchedOffUnderThatAddressIsLeftAsItIs(CapturedOutput output) {
        UserAccount anna = accounts.findByUsername(ANNA).orElseThrow();
        anna.disable();
        accounts.flush();

        firstCoordinator.run(null);

        assertThat(accounts.findAll()).hasSize(1);
        assertThat(accounts.findByUsername(ANNA).orElseThrow().isEnabled()).isFalse();
        assertThat(output.getOut()).contains("already has an account");
    }

    @Test
    void anAddressNoInvitationCanGoToStopsTheStart() {
        accounts.findByUsername(ANNA).orElseThrow().disable();
        accounts.flush();
        FirstCoordinator wrong = new FirstCoordinator(accounts, making, "anna at the province", "Anna");

        assertThatIllegalStateException()
                .isThrownBy(() -> wrong.run(null))
                .withMessageContaining("TRAINEEPLANNER_FIRST_COORDINATOR_EMAIL")
                .withMessageContaining("anna at the province");
    }
}
