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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing demo round 1 with an SMTP server in the test (GreenMail): every placed trainee and every host account of
 * an organisation that receives trainees gets a message in the planner and, with an address, an e-mail. The round is
 * published once, committed, in a database of this class's own.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:mail-sent;DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "traineeplanner.mail.inbox-url=https://planner.example.org/messages"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class MessageMailTests {

    static final RequestPostProcessor TRAINEE = user("trainee").roles("TRAINEE");
    static final RequestPostProcessor HOST = user("host").roles("HOST");
    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
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
    private UserAccountRepository accounts;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private PlatformTransactionManager transactions;

    /**
     * Once, committed: a second host of Gemeente Oldambt without an e-mail address, a host with an address at the
     * organisation where Anna de Jong is placed, and the publication. Each test then reads in a transaction that is
     * rolled back.
     */
    @BeforeTransaction
    void publishRoundOneOnce() throws Exception {
        if (roundId != null) {
            return;
        }
        long id = DemoRoundPublication.propose(context);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            accounts.save(UserAccount.host(
                    "host-zonder-mail",
                    passwords.encode("demo"),
                    "Zonder E-mail",
                    organisations.findByCode("gemeente-oldambt").orElseThrow()));
            Organisation annas = annasPlacement(id).getAssignment().getOrganisation();
            if (!annas.getCode().equals("gemeente-oldambt")) {
                UserAccount annasHost =
                        UserAccount.host("host-anna", passwords.encode("demo"), "Begeleider van Anna", annas);
                annasHost.changeEmail("begeleider@example.org");
                accounts.save(annasHost);
            }
        });
        DemoRoundPublication.publish(mvc, id);
        roundId = id;
    }

    private Placement annasPlacement(long round) {
        return placements.findByRoundId(round).stream()
                .filter(p -> p.getTrainee().getName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
    }

    private List<Placement> published() {
        return placements.findByRoundIdAndStatus(roundId, PlacementStatus.PUBLISHED);
    }

    /** The host accounts (username → placements at their organisation) that should hear about the round. */
    private Map<UserAccount, List<Placement>> hostsToTell() {
        return accounts.findAll().stream()
                .filter(a -> a.getOrganisation() != null)
                .collect(Collectors.toMap(
                        Function.identity(),
                        a -> published().stream()
                                .filter(p -> p.getAssignment()
                                        .getOrganisation()
                                        .getId()
                                        .equals(a.getOrganisation().getId()))
                                .toList()))
                .entrySet()
                .stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String to(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(RecipientType.TO))
                    .map(Object::toString)
                    .collect(Collectors.joining(","));
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> to(m).equals(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail to " + address));
    }

    /** The decoded text of a plain-text mail. */
    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void publishingSendsOneMailToEveryPlacedTraineeAndEveryHostWithAnAddress() {
        assertThat(rounds.findById(roundId).orElseThrow().getStatus()).isEqualTo(RoundStatus.PUBLISHED);
        List<String> expected = new java.util.ArrayList<>(
                published().stream().map(p -> p.getTrainee().getEmail()).toList());
        hostsToTell().keySet().forEach(host -> host.getEmail().ifPresent(expected::add));

        assertThat(published()).hasSizeGreaterThan(10);
        assertThat(expected).contains("harm.dijkstra@oldambt.example.org", "anna.de.jong@trainee.example.nl");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(MessageMailTests::to))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTraineeMailSaysWhereSheGoesInTheLanguageOfHerAccount() throws Exception {
        Placement anna = annasPlacement(roundId);
        MimeMessage mail = mailTo("anna.de.jong@trainee.example.nl");
        String body = text(mail);

        assertThat(subject(mail)).isEqualTo("Je plaatsing in Ronde 1");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("traineeplanner@example.org");
        assertThat(body)
                .contains(
                        "Beste Anna de Jong",
                        "\"" + anna.getAssignment().getTitle() + "\"",
                        anna.getAssignment().getOrganisation().getName(),
                        "1 januari 2027",
                        "31 augustus 2027",
                        "https://planner.example.org/messages")
                .doesNotContain("Dear Anna de Jong");
    }

    @Test
    void aTraineeWithoutAnAccountYetIsMailedInDutchAndEnglish() throws Exception {
        Placement someone = placements.findByRoundIdAndStatus(roundId, PlacementStatus.PUBLISHED).stream()
                .filter(p -> accounts.findByTraineeId(p.getTrainee().getId()).isEmpty())
                .findFirst()
                .orElseThrow();
        MimeMessage mail = mailTo(someone.getTrainee().getEmail());

        assertThat(subject(mail)).isEqualTo("Je plaatsing in Ronde 1 / Your placement in Ronde 1");
        assertThat(text(mail))
                .contains(
                        "Beste " + someone.getTrainee().getName(),
                        "Dear " + someone.getTrainee().getName())
                .contains("1 januari 2027", "1 January 2027");
    }

    @Test
    void theHostMailListsTheTraineesPlacedAtTheOrganisation() {
        List<Placement> atOldambt = hostsToTell().entrySet().stream()
                .filter(e -> e.getKey().getUsername().equals("host"))
                .findFirst()
                .orElseThrow()
                .getValue();
        MimeMessage mail = mailTo("harm.dijkstra@oldambt.example.org");
        String body = text(mail);

        assertThat(subject(mail)).startsWith("Trainees bij Gemeente Oldambt in Ronde 1");
        for (Placement p : atOldambt) {
            assertThat(body)
                    .contains(p.getTrainee().getName() + ", opdracht \""
                            + p.getAssignment().getTitle() + "\"");
        }
        List<String> placedElsewhere = published().stream()
                .filter(p -> !atOldambt.contains(p))
                .map(p -> p.getTrainee().getName())
                .toList();
        assertThat(placedElsewhere).isNotEmpty().noneMatch(body::contains);
    }

    @Test
    void everyoneToldHasAMessageInThePlannerAndTheAuditTrailSaysWhatWasSent() {
        int hostMessages = hostsToTell().size();
        assertThat(messages.findByRoundIdOrderById(roundId))
                .hasSize(published().size() + hostMessages)
                .extracting(Message::getMailStatus)
                .containsOnly(MailStatus.SENT, MailStatus.NO_ADDRESS)
                .containsOnlyOnce(MailStatus.NO_ADDRESS);
        int mailed = SMTP.getReceivedMessages().length;

        List<AuditEvent> trail = audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId);
        assertThat(trail)
                .extracting(AuditEvent::getAction)
                .containsSubsequence(AuditAction.MAIL_SENT, AuditAction.MESSAGES_CREATED, AuditAction.ROUND_PUBLISHED);
        assertThat(trail)
                .filteredOn(e -> e.getAction() == AuditAction.MAIL_SENT)
                .singleElement()
                .satisfies(e -> assertThat(AuditWords.dutch(e.getDetail()))
                        .isEqualTo(mailed + " e-mails verstuurd; 1 ontvanger(s) zonder e-mailadres"));
    }

    @Test
    void theCoordinatorSeesThatMailIsOnAndWhatWasSent() throws Exception {
        mvc.perform(get("/rounds/{id}", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("E-mail staat aan"),
                                containsString("Resultaat van het versturen: " + SMTP.getReceivedMessages().length
                                        + " e-mails verstuurd"),
                                not(containsString("Niet alle e-mails zijn verstuurd")),
                                not(containsString("alsnog versturen")))));
    }

    @Test
    void aTraineeReadsHerOwnMessageInHerLanguage() throws Exception {
        Placement anna = annasPlacement(roundId);
        mvc.perform(get("/messages").with(TRAINEE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Berichten</h1>"),
                                containsString("Berichten</span><span class=\"unread-count\"> (1 ongelezen)"),
                                containsString("Je plaatsing in Ronde 1"),
                                containsString("Nieuw"),
                                containsString(anna.getAssignment().getTitle()),
                                containsString("1 januari 2027"))));
        mvc.perform(get("/messages").param("lang", "en").with(TRAINEE))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Messages</h1>"),
                                containsString("Your placement in Ronde 1"),
                                containsString("From 1 January 2027 to 31 August 2027"))));
    }

    @Test
    void nobodyReadsAnotherPersonsMessage() throws Exception {
        Message annas = messages.findByRoundIdOrderById(roundId).stream()
                .filter(m -> m.getKind() == MessageKind.TRAINEE_PLACED)
                .filter(m -> m.getLines().get(0).getTraineeName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
        Message someoneElses = messages.findByRoundIdOrderById(roundId).stream()
                .filter(m -> m.getKind() == MessageKind.TRAINEE_PLACED)
                .filter(m -> !m.getLines().get(0).getTraineeName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
        Message toTheHost = messages.findByRoundIdOrderById(roundId).stream()
                .filter(m -> m.getKind() == MessageKind.HOST_PLACED)
                .filter(m -> m.getOrganisationName().equals("Gemeente Oldambt"))
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/messages/{id}", annas.getId()).with(TRAINEE)).andExpect(status().isOk());
        mvc.perform(get("/messages/{id}", someoneElses.getId()).with(TRAINEE)).andExpect(status().isNotFound());
        mvc.perform(post("/messages/{id}/read", someoneElses.getId())
                        .with(TRAINEE)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/messages/{id}", toTheHost.getId()).with(TRAINEE)).andExpect(status().isNotFound());
        mvc.perform(get("/messages/{id}", annas.getId()).with(HOST)).andExpect(status().isNotFound());
        mvc.perform(get("/messages/{id}", annas.getId()).with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/messages").with(TRAINEE))
                .andExpect(content()
                        .string(not(
                                containsString(someoneElses.getLines().get(0).getTraineeName()))));
        assertThat(messages.findById(someoneElses.getId()).orElseThrow().isRead())
                .isFalse();
    }

    @Test
    void aHostSeesTheTraineesComingToTheOrganisation() throws Exception {
        mvc.perform(get("/messages").with(HOST))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Trainees bij Gemeente Oldambt in Ronde 1"),
                                not(containsString("Je plaatsing in")))));
        mvc.perform(get("/messages").with(COORDINATOR))
                .andExpect(content().string(containsString("Er zijn nog geen berichten voor je.")));
    }

    @Test
    void markingAsReadClearsTheUnreadCount() throws Exception {
        Message annas = messages.findByRoundIdOrderById(roundId).stream()
                .filter(m -> m.getKind() == MessageKind.TRAINEE_PLACED)
                .filter(m -> m.getLines().get(0).getTraineeName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/messages/{id}/read", annas.getId()).with(TRAINEE).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(messages.findById(annas.getId()).orElseThrow().isRead()).isTrue();
        mvc.perform(get("/messages").with(TRAINEE))
                .andExpect(content()
                        .string(allOf(
                                containsString("Gelezen"),
                                containsString("1 bericht, waarvan 0 ongelezen"),
                                not(containsString("ongelezen)")))));
    }
}
