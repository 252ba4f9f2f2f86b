package nl.traineeplanner.app.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing demo round 1 while the configured SMTP server cannot be reached: the round is published all the same,
 * everyone has the message in the planner, and the failure is in the audit trail and on the round page.
 */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:mail-failed;DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessageMailFailureTests {

    /** A port on this machine that was free a moment ago, so nothing answers there. */
    private static final int NOTHING_LISTENS = freePort();

    @DynamicPropertySource
    static void unreachableSmtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> NOTHING_LISTENS);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long roundId;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private MessageRepository messages;

    @Autowired
    private AuditTrail audit;

    @BeforeTransaction
    void publishRoundOneOnce() throws Exception {
        if (roundId == null) {
            long id = DemoRoundPublication.propose(context);
            DemoRoundPublication.publish(mvc, id);
            roundId = id;
        }
    }

    @Test
    void theRoundIsPublishedAndEveryoneHasTheMessageInThePlanner() throws Exception {
        assertThat(rounds.findById(roundId).orElseThrow().getStatus()).isEqualTo(RoundStatus.PUBLISHED);
        int placed = placements
                .findByRoundIdAndStatus(roundId, PlacementStatus.PUBLISHED)
                .size();
        assertThat(placed).isPositive();
        assertThat(messages.findByRoundIdOrderById(roundId))
                .filteredOn(m -> m.getKind() == MessageKind.TRAINEE_PLACED)
                .hasSize(placed);
        mvc.perform(get("/messages").with(user("trainee").roles("TRAINEE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Je plaatsing in Ronde 1")));
    }

    @Test
    void theFailureIsInTheAuditTrailWithHowManyAndWhy() {
        int mails = (int) messages.findByRoundIdOrderById(roundId).stream()
                .filter(m -> m.getRecipientTrainee() != null
                        || m.getRecipientAccount().getEmail().isPresent())
                .count();
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .extracting(AuditEvent::getAction)
                .containsSubsequence(AuditAction.MAIL_FAILED, AuditAction.MESSAGES_CREATED, AuditAction.ROUND_PUBLISHED)
                .doesNotContain(AuditAction.MAIL_SENT);
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .filteredOn(e -> e.getAction() == AuditAction.MAIL_FAILED)
                .singleElement()
                .satisfies(e -> assertThat(AuditWords.dutch(e.getDetail()))
                        .startsWith(mails + " e-mails niet verstuurd via 127.0.0.1:" + NOTHING_LISTENS + ": ")
                        .containsIgnoringCase("connect")
                        .endsWith("(0 wel verstuurd)"));
    }

    @Test
    void theCoordinatorSeesOnTheRoundPageThatTheMailsWereNotSent() throws Exception {
        mvc.perform(get("/rounds/{id}", roundId).with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("E-mail staat aan"),
                                containsString("role=\"alert\""),
                                containsString("Niet alle e-mails zijn verstuurd"),
                                containsString("e-mails niet verstuurd via 127.0.0.1:" + NOTHING_LISTENS),
                                containsString("Iedereen heeft het bericht wel in de planner"),
                                containsString("e-mails alsnog versturen"))));
    }

    /** Last, because it changes what the other tests look at: the mail server is back, the coordinator sends again. */
    @Test
    @Order(Integer.MAX_VALUE)
    void onceTheServerIsBackTheCoordinatorSendsTheMailsThatDidNotGoOut() throws Exception {
        long failed = messages.countByRoundIdAndMailStatusIn(roundId, java.util.Set.of(MailStatus.FAILED));
        assertThat(failed).isPositive();
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.port(NOTHING_LISTENS));
        server.start();
        try {
            mvc.perform(post("/rounds/{id}/mails", roundId)
                            .with(user("coordinator").roles("COORDINATOR"))
                            .with(csrf()))
                    .andExpect(flash().attribute("done", "Alsnog versturen: " + failed + " e-mails verstuurd"));

            assertThat(server.getReceivedMessages()).hasSize((int) failed);
            assertThat(messages.findByRoundIdOrderById(roundId))
                    .extracting(Message::getMailStatus)
                    .containsOnly(MailStatus.SENT);
            assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId).get(0))
                    .extracting(AuditEvent::getAction, AuditEvent::getUsername)
                    .containsExactly(AuditAction.MAIL_SENT, "coordinator");
            mvc.perform(get("/rounds/{id}", roundId).with(user("coordinator").roles("COORDINATOR")))
                    .andExpect(content().string(not(containsString("alsnog versturen"))));
        } finally {
            server.stop();
        }
    }
}
