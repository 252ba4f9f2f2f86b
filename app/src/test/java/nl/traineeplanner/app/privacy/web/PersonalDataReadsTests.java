package nl.traineeplanner.app.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.evaluation.web.EvaluationScene;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads a trainee's personal data is written to the audit trail for that trainee: the coordinator opening a
 * profile (page or API) and a host opening the candidates of an assignment (page or API). And each role gets only what
 * it needs: no API a host can call gives a trainee's e-mail address or home.
 */
@WebAppTest
@Transactional
class PersonalDataReadsTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private HostRankings rankings;

    @Autowired
    private AuditTrail audit;

    private Trainee named(String name) {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** An approved assignment of Gemeente Oldambt (account {@code host}) that trainees chose. */
    private Assignment oldambts() {
        return assignments.findAll().stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .filter(a -> a.getOrganisation().getCode().equals("gemeente-oldambt"))
                .filter(a -> rankings.candidatesOf(a).candidates().size() >= 2)
                .findFirst()
                .orElseThrow();
    }

    /** The reads of the trainee's data written since the test began (other test classes may have written some). */
    private List<AuditEvent> readsOf(Trainee trainee) {
        return audit.findAboutTrainee(trainee.getId(), "-").stream()
                .filter(e -> e.getAction() == AuditAction.PERSONAL_DATA_READ)
                .filter(e -> e.getId() > before)
                .toList();
    }

    private long before;

    @org.junit.jupiter.api.BeforeEach
    void rememberWhereTheTrailStands() {
        before = audit.findAll().stream().mapToLong(AuditEvent::getId).max().orElse(0);
    }

    @Test
    void theCoordinatorOpeningAProfileIsARead() throws Exception {
        Trainee bram = named("Bram Visser");
        mvc.perform(get("/trainees/{id}", bram.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/trainees/{id}", bram.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/trainees").with(SignIn.as("coordinator"))).andExpect(status().isOk());

        assertThat(readsOf(bram))
                .extracting(AuditEvent::getUsername, e -> AuditWords.dutch(e.getDetail()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("coordinator", "gegevens via de API"),
                        org.assertj.core.groups.Tuple.tuple("coordinator", "profielpagina bij de trainees"));
        assertThat(readsOf(bram)).allSatisfy(e -> assertThat(e.getDetail()).doesNotContain("Bram"));
        mvc.perform(get("/my/data").with(SignIn.as("bram")))
                .andExpect(content().string(containsString("profielpagina bij de trainees")));
    }

    @Test
    void aHostOpeningTheCandidatesIsAReadOfEachCandidate() throws Exception {
        Assignment assignment = oldambts();
        List<Trainee> candidates = rankings.candidatesOf(assignment).candidates().stream()
                .map(HostRankings.Candidate::trainee)
                .toList();

        mvc.perform(get("/host/assignments/{id}/candidates", assignment.getId()).with(SignIn.as("host")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/host/assignments/{id}/candidates", assignment.getId())
                        .with(SignIn.as("host")))
                .andExpect(status().isOk());

        assertThat(candidates)
                .isNotEmpty()
                .allSatisfy(candidate -> assertThat(readsOf(candidate))
                        .hasSize(2)
                        .allSatisfy(e -> {
                            assertThat(e.getUsername()).isEqualTo("host");
                            assertThat(AuditWords.dutch(e.getDetail())).contains("#" + assignment.getId());
                        }));
        Trainee other = trainees.findAllByOrderByName().stream()
                .filter(t -> !candidates.contains(t))
                .findFirst()
                .orElseThrow();
        assertThat(readsOf(other)).isEmpty();
    }

    @Test
    void noApiAHostCanCallGivesATraineesEmailAddressOrHome() throws Exception {
        Matcher<String> nothingPersonalBeyondTheName = allOf(trainees.findAll().stream()
                .<Matcher<? super String>>flatMap(t -> java.util.stream.Stream.of(
                        not(containsString(t.getEmail())),
                        not(containsString(t.getPhone() == null ? "\u0000" : t.getPhone()))))
                .toList()
                .toArray(Matcher[]::new));
        Matcher<String> noContactDetailsOrHome = allOf(
                nothingPersonalBeyondTheName,
                not(containsString("\"home")),
                not(containsString("\"lat\"")),
                not(containsString("email")),
                not(containsString("phone")));

        Assignment assignment = oldambts();
        mvc.perform(get("/api/host/assignments/{id}/candidates", assignment.getId())
                        .with(SignIn.as("host")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"education\""), noContactDetailsOrHome)));

        EvaluationScene scene = EvaluationScene.publish(context);
        mvc.perform(get("/api/host/evaluations").with(SignIn.as("host")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString(scene.anna.getTrainee().getName()), noContactDetailsOrHome)));

        for (String path : List.of(
                "/api/trainees", "/api/trainees/" + scene.anna.getTrainee().getId())) {
            for (String other : List.of("host", "provincie", "trainee")) {
                mvc.perform(get(path).with(SignIn.as(other))).andExpect(status().isForbidden());
            }
        }
    }
}
