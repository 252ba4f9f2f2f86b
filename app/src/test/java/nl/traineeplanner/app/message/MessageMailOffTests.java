package nl.traineeplanner.app.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The demo as it starts: no SMTP server is configured, so e-mail is off and the planner says so. */
@WebAppTest
class MessageMailOffTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private MessageRepository messages;

    private long roundOne() {
        return rounds.findAllByOrderByStartDate().get(0).getId();
    }

    @Test
    void theCoordinatorSeesBeforePublishingThatEmailIsOff() throws Exception {
        assertThat(delivery.isEnabled()).isFalse();
        mvc.perform(get("/rounds/{id}", roundOne()).with(user("coordinator").roles("COORDINATOR")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Berichten en e-mail"),
                                containsString("E-mail staat uit"),
                                containsString("alleen een bericht in de planner"))));
    }

    @Test
    void withEmailOffNothingIsSentAndTheAuditTrailSaysWhy() {
        long round = roundOne();
        try {
            delivery.send(new MailsToSend(
                    round,
                    null,
                    "coordinator",
                    List.of(new MailsToSend.Mail(-1L, "anna.de.jong@trainee.example.nl", "Je plaatsing", "Beste Anna")),
                    2));

            assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round))
                    .filteredOn(e -> e.getAction() == AuditAction.MAIL_OFF)
                    .singleElement()
                    .extracting(e -> AuditWords.dutch(e.getDetail()))
                    .isEqualTo("e-mail staat uit (geen SMTP-server ingesteld): 1 e-mail niet verstuurd;"
                            + " 2 ontvanger(s) zonder e-mailadres");
        } finally {
            // the audit line was committed in a transaction of its own, which is the point; the demo round stays clean
            ForgetAudit.these(
                    jdbc,
                    audit,
                    audit.findByRoundIdOrderByOccurredAtDescIdDesc(round).stream()
                            .filter(e -> e.getAction() == AuditAction.MAIL_OFF)
                            .toList());
        }
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void withEmailOffPublishingStillTellsEveryoneInThePlanner() throws Exception {
        long round = DemoRoundPublication.propose(context);
        DemoRoundPublication.publish(mvc, round);

        assertThat(messages.findByRoundIdOrderById(round))
                .filteredOn(m -> m.getKind() == MessageKind.TRAINEE_PLACED)
                .hasSize(placements.findByRoundId(round).size());
        mvc.perform(get("/messages").with(user("trainee").roles("TRAINEE")))
                .andExpect(content()
                        .string(allOf(containsString("Je plaatsing in Ronde 1"), containsString("(1 ongelezen)"))));
    }
}
