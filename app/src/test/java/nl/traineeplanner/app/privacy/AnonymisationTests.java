package nl.traineeplanner.app.privacy;

import static nl.traineeplanner.app.privacy.FormerTraineeScene.EMAIL;
import static nl.traineeplanner.app.privacy.FormerTraineeScene.KEPT_HOME;
import static nl.traineeplanner.app.privacy.FormerTraineeScene.NAME;
import static nl.traineeplanner.app.privacy.FormerTraineeScene.PHONE;
import static nl.traineeplanner.app.privacy.FormerTraineeScene.USERNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageKind;
import nl.traineeplanner.app.message.MessageLine;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.privacy.DatabaseText.Hit;
import nl.traineeplanner.app.privacy.DatabaseText.Needle;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator anonymises a former trainee (AVG article 17) once every round of the cohort is closed: afterwards
 * no text in any table of the database names her, gives her e-mail address, phone number or user name, or places her
 * home, while her placement stays as anonymous history. Before her traineeship is over, without confirmation, or for
 * anyone but the coordinator, nothing changes.
 */
@WebAppTest
@Transactional
class AnonymisationTests {

    @Autowired
    private nl.traineeplanner.app.audit.AuditReader auditReader;

    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    /** Everything that would tell who she was or where she lives, as it can stand in a text column. */
    private static final List<Needle> HER = List.of(
            Needle.containing("full name", NAME),
            Needle.word("first name", "Anna"),
            Needle.word("last name", "Jong"),
            Needle.containing("e-mail address", EMAIL),
            Needle.containing("phone number", PHONE),
            Needle.exactly("user name", USERNAME),
            Needle.number("home latitude", String.valueOf(KEPT_HOME.latitude())),
            Needle.number("home longitude", String.valueOf(KEPT_HOME.longitude())));

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private Accounts accountService;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private MessageRepository messages;

    @Autowired
    private PlanningRunRepository runs;

    @Test
    void afterwardsNoTextInAnyTableNamesOrPlacesTheFormerTrainee() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        long id = scene.anna.getId();
        mvc.perform(get("/trainees/{id}", id).with(COORDINATOR)).andExpect(status().isOk());
        scene.closeCohort();
        entityManager.flush();
        DatabaseText database = new DatabaseText(jdbc);
        assertThat(database.textColumns())
                .as("the search reads the stored runs' documents and the audit trail")
                .hasEntrySatisfying(
                        table("planning_run"),
                        columns -> assertThat(columns)
                                .map(String::toLowerCase)
                                .contains("instance_json", "plan_json", "name"))
                .hasEntrySatisfying(
                        table("audit_event"),
                        columns ->
                                assertThat(columns).map(String::toLowerCase).contains("username", "detail", "reason"));

        Map<String, List<Hit>> before = database.find(HER);
        assertThat(before)
                .as("before, the search finds her everywhere")
                .allSatisfy((needle, hits) -> assertThat(hits).as(needle).isNotEmpty());
        assertThat(before.get("home latitude"))
                .as("her home is copied into the stored run")
                .anyMatch(h ->
                        h.table().equalsIgnoreCase("planning_run") && h.column().equalsIgnoreCase("instance_json"));
        assertThat(before.get("full name"))
                .extracting(h -> h.table().toLowerCase())
                .contains("trainee", "planning_run", "inbox_message_line", "audit_event", "evaluation_form");

        mvc.perform(post("/trainees/{id}/anonymise", id)
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/trainees/" + id))
                .andExpect(flash().attribute("anonymised", containsString("Oud-trainee ")));
        entityManager.flush();
        entityManager.clear();

        assertThat(database.find(HER))
                .as("afterwards, nothing is found")
                .allSatisfy((needle, hits) -> assertThat(hits).as(needle).isEmpty());

        Trainee former = trainees.findById(id).orElseThrow();
        assertThat(former.getName()).matches("Oud-trainee [0-9A-F]{4}");
        assertThat(former.isAnonymised()).isTrue();
        assertThat(former.getHome()).isNull();
        assertThat(former.getHomeMunicipality()).isNull();
        assertThat(former.hasRealEmail()).isFalse();
        assertThat(placements.findByTraineeIdOrderByRoundStartDate(id))
                .as("the placement stays, as anonymous history")
                .extracting(p -> p.getAssignment().getId())
                .containsExactly(scene.placement.getAssignment().getId());
        assertThat(accounts.findByTraineeId(id)).isEmpty();
        assertThat(messages.findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(id))
                .isEmpty();
        assertThat(messages.findByRoundIdOrderById(scene.round.getId()))
                .as("the coordinator's message about her request names the pseudonym, without her reason")
                .filteredOn(m -> m.getKind() == MessageKind.HUMAN_REVIEW_REQUESTED)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getLines())
                            .extracting(MessageLine::getTraineeName)
                            .containsExactly(former.getName());
                    assertThat(m.getNote()).isEqualTo(Message.REMOVED);
                });

        JsonNode instance = JsonMapper.shared()
                .readTree(runs.findById(scene.run.getId()).orElseThrow().getInstanceJson());
        JsonNode entry = null;
        for (JsonNode t : instance.path("trainees")) {
            if (t.path("id").asString().equals(String.valueOf(id))) {
                entry = t;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("name").asString()).isEqualTo(former.getName());
        assertThat(entry.has("home")).isFalse();
        assertThat(InstanceReader.read(
                                runs.findById(scene.run.getId()).orElseThrow().getInstanceJson(), "run.json")
                        .trainees())
                .as("the engine still reads the run")
                .isNotEmpty();

        AuditEvent done = audit.findAboutTrainee(id, "-").stream()
                .filter(e -> e.getAction() == AuditAction.TRAINEE_ANONYMISED)
                .findFirst()
                .orElseThrow();
        assertThat(done.getUsername()).isEqualTo("coordinator");
        assertThat(done.getTraineeId()).isEqualTo(id);
        assertThat(done.getDetail()).doesNotContain(NAME);
        assertThat(AuditWords.dutch(done.getDetail()))
                .isEqualTo("trainee #" + id + " heet voortaan " + former.getName());
        nl.traineeplanner.app.audit.AuditEvent aboutAnna = audit.recordAboutTrainee(
                "coordinator",
                AuditAction.PLACEMENT_PINNED,
                null,
                id,
                nl.traineeplanner.app.audit.AuditRef.TRAINEE.of(id) + " → Toekomst",
                null);
        assertThat(auditReader
                        .read(List.of(aboutAnna), java.util.Locale.forLanguageTag("nl"))
                        .detail(aboutAnna))
                .as("an anonymised trainee is named by number when the trail is read")
                .isEqualTo("trainee #" + id + " → Toekomst");

        mvc.perform(get("/trainees/{id}", id).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString(former.getName()),
                                containsString("geanonimiseerd"),
                                not(containsString("/trainees/" + id + "/anonymise")))));
        mvc.perform(formLogin().user(USERNAME).password("demo")).andExpect(redirectedUrl("/login?error"));
        assertThatThrownBy(() -> nl.traineeplanner.app.AsCoordinator.call(
                        () -> accountService.inviteTrainee(former, "nieuw@example.nl")))
                .hasMessage("accounts.refused.anonymised");
        mvc.perform(post("/trainees/{id}/anonymise", id)
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("anonymiseRefused", containsString("al geanonimiseerd")));
    }

    @Test
    void whileARoundOfTheCohortIsNotClosedNothingChangesAndThePageSaysWhy() throws Exception {
        Trainee anna = anna();
        mvc.perform(get("/trainees/{id}", anna.getId()).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/trainees/" + anna.getId() + "/anonymise\""),
                                containsString("name=\"confirm\""),
                                containsString("required"))));

        mvc.perform(post("/trainees/{id}/anonymise", anna.getId())
                        .param("confirm", "true")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/trainees/" + anna.getId() + "#*"))
                .andExpect(flash().attribute(
                                "anonymiseRefused",
                                allOf(
                                        startsWith("Er is niets veranderd"),
                                        containsString("Lichting 2027"),
                                        containsString("Ronde 1"))));
        entityManager.clear();
        assertThat(trainees.findById(anna.getId()).orElseThrow().getName()).isEqualTo(NAME);
        assertThat(accounts.findByUsername(USERNAME)).isPresent();
    }

    @Test
    void withoutConfirmationNothingChanges() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        scene.closeCohort();

        mvc.perform(post("/trainees/{id}/anonymise", scene.anna.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute("anonymiseRefused", containsString("vink eerst aan")));
        entityManager.clear();
        assertThat(trainees.findById(scene.anna.getId()).orElseThrow().getName())
                .isEqualTo(NAME);
    }

    @Test
    void onlyTheCoordinatorMayAnonymise() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        scene.closeCohort();
        long id = scene.anna.getId();

        for (String other : List.of("host", "provincie", "trainee", "bram")) {
            mvc.perform(post("/trainees/{id}/anonymise", id)
                            .param("confirm", "true")
                            .with(SignIn.as(other))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/trainees/{id}/anonymise", id)
                        .param("confirm", "true")
                        .accept(MediaType.TEXT_HTML)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/trainees/{id}/anonymise", id)
                        .param("confirm", "true")
                        .with(COORDINATOR))
                .andExpect(status().isForbidden());
        entityManager.clear();
        assertThat(trainees.findById(id).orElseThrow().getName()).isEqualTo(NAME);
    }

    private Trainee anna() {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(NAME))
                .findFirst()
                .orElseThrow();
    }

    /** A table's name as the database reports it (H2 in capitals). */
    private String table(String name) {
        return new DatabaseText(jdbc)
                .textColumns().keySet().stream()
                        .filter(t -> t.equalsIgnoreCase(name))
                        .findFirst()
                        .orElse(name);
    }
}
