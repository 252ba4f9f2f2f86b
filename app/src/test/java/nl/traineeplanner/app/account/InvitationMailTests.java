package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** With e-mail on, an invitation and a reset link reach the person, in their language, through an SMTP server. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:invitation-mail;DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "traineeplanner.base-url=https://planner.example.org"
        })
@ActiveProfiles("demo")
@Transactional
class InvitationMailTests {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    private Accounts accounts;

    @Autowired
    private Invitations invitations;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private OrganisationRepository organisations;

    @Test
    void anInvitationIsMailedWithALinkThatWorksOnce() throws Exception {
        int before = SMTP.getReceivedMessages().length;
        Accounts.Invited invited = nl.traineeplanner.app.AsCoordinator.call(() -> accounts.inviteHost(
                "Sietse Bakker",
                "sietse@provincie.example.org",
                organisations.findByCode("provincie-groningen").orElseThrow()));

        assertThat(invited.invitation().mailed()).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        MimeMessage mail = received[before];
        assertThat(mail.getAllRecipients()[0]).hasToString("sietse@provincie.example.org");
        assertThat(mail.getSubject()).isEqualTo("Je account voor de Traineeplanner");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Beste Sietse Bakker").contains("https://planner.example.org/password/set?token=");
        assertThat(invitations.usable(invited.invitation().link().replaceAll(".*token=", "")))
                .isPresent();
    }

    @Test
    void aResetLinkGoesOutInTheAccountsLanguageAndNotForASwitchedOffAccount() throws Exception {
        UserAccount host = repository.findByUsername("host").orElseThrow();
        host.chooseLanguage("en");

        int before = SMTP.getReceivedMessages().length;

        invitations.forgotten("Harm.Dijkstra@oldambt.example.org");
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 1);
        assertThat(SMTP.getReceivedMessages()[before].getSubject()).isEqualTo("A new password for the Traineeplanner");

        host.disable();
        invitations.forgotten("harm.dijkstra@oldambt.example.org");
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 1);
    }
}
