package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.traineeplanner.app.AsCoordinator;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.SecondFactors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.planning.PlanEdits;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.privacy.Anonymisation;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services that change data check their caller's role themselves: called directly, as the wrong role or as
 * nobody, they refuse, whatever the page and API rules say; the jobs run as the system principal and still do their
 * work.
 */
@WebAppTest
@Transactional
class MethodSecurityTests {

    @Autowired
    private Accounts accounts;

    @Autowired
    private SecondFactors secondFactors;

    @Autowired
    private RoundDecisions decisions;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private Anonymisation anonymisation;

    @Autowired
    private UserAccountRepository accountRepository;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private nl.traineeplanner.app.preference.PreferenceLists preferenceLists;

    @Autowired
    private nl.traineeplanner.app.preference.HostRankings hostRankings;

    @Autowired
    private nl.traineeplanner.app.evaluation.Evaluations evaluations;

    @Autowired
    private nl.traineeplanner.app.assignment.Proposals proposals;

    @Autowired
    private nl.traineeplanner.app.assignment.AssignmentRepository assignments;

    @Autowired
    private nl.traineeplanner.app.importexport.InstanceImporter cohortImporter;

    @Autowired
    private nl.traineeplanner.app.importexport.PlanImport planImport;

    @Autowired
    private nl.traineeplanner.app.importexport.DataImports dataImports;

    @Autowired
    private nl.traineeplanner.app.planning.Planner planner;

    @Autowired
    private nl.traineeplanner.app.round.RoundSchedules schedules;

    @Autowired
    private nl.traineeplanner.app.progress.RoundProgress progress;

    @Autowired
    private nl.traineeplanner.app.message.MailDelivery mail;

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(role.toLowerCase(), null, "ROLE_" + role));
    }

    private UserAccount bram() {
        return accountRepository.findByUsername("bram").orElseThrow();
    }

    private Round aRound() {
        return rounds.findAll().get(0);
    }

    @Test
    void aHostOrATraineeCannotSwitchAnAccountOffResetItsSecondFactorOrMakeACoordinator() {
        for (String role : List.of("HOST", "TRAINEE")) {
            as(role);
            assertThatThrownBy(() -> accounts.disable(bram())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> secondFactors.resetFor(bram())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.inviteAgain(bram())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.inviteCoordinator("Eve", "eve@example.org"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(bram().isEnabled()).isTrue();
        assertThat(accountRepository.existsByUsernameIgnoreCase("eve@example.org"))
                .isFalse();
    }

    @Test
    void nobodySignedInIsRefusedToo() {
        assertThatThrownBy(() -> accounts.disable(bram()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> decisions.publish(aRound(), null, "coordinator"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aHostCannotTakeTheCoordinatorsDecisionsNorEditTheProposal() {
        as("HOST");
        Round round = aRound();
        assertThatThrownBy(() -> decisions.publish(round, null, "host")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.place(round, 1, 1, "host")).isInstanceOf(AccessDeniedException.class);
        Trainee anyone = trainees.findAll().get(0);
        assertThatThrownBy(() -> anonymisation.anonymise(anyone, "host")).isInstanceOf(AccessDeniedException.class);
        assertThat(trainees.findById(anyone.getId()).orElseThrow().isAnonymised())
                .isFalse();
    }

    /**
     * The coordinator's planning, schedules, reminders and mail, and the coordinator's account work: a host, a trainee
     * and nobody are refused before any argument is looked at.
     */
    @Test
    void onlyTheCoordinatorPlansSchedulesRemindsAndManagesAccounts() {
        Round round = aRound();
        var trainee = trainees.findAll().get(0);
        var assignment = assignments.findAll().get(0);
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> coordinatorsWork = List.of(
                () -> planner.start(round, null, 10, "x", "x"),
                () -> planner.start(round, null, 10, "x", "x", true),
                () -> planner.startWhatIf(null, "t", "r", "x"),
                () -> planner.startRoundByRound(null, null, "x"),
                () -> planner.stop(null, "x"),
                () -> schedules.createCohort("x", List.of(), "x"),
                () -> schedules.change(round.getId(), 0, null, "x"),
                () -> progress.remindNow(round, "x"),
                () -> progress.remindOnce(round, "x", true, true),
                () -> mail.sendAgain(round.getId(), "x"),
                () -> edits.move(round, 1, 0, 1, "x"),
                () -> edits.swap(round, 1, 0, 2, 0, "x"),
                () -> decisions.accept(null, "x"),
                () -> decisions.pin(null, "x"),
                () -> decisions.unpin(null, "x"),
                () -> decisions.step(round, null, null, false, "x"),
                () -> accounts.inviteTrainee(trainee, "x@example.org"),
                () -> accounts.inviteCohort(trainee.getCohort().getId()),
                () -> accounts.inviteHost("x", "x@example.org", assignment.getOrganisation()),
                () -> accounts.deleteTraineeAccount(trainee),
                () -> accounts.forgetHost(bram()),
                () -> accounts.enable(bram()));
        long before = accountRepository.count();
        for (String role : List.of("HOST", "TRAINEE")) {
            as(role);
            for (var work : coordinatorsWork) {
                assertThatThrownBy(work).as(role).isInstanceOf(AccessDeniedException.class);
            }
        }
        SecurityContextHolder.clearContext();
        for (var work : coordinatorsWork) {
            assertThatThrownBy(work).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        as("COORDINATOR");
        assertThatThrownBy(() -> proposals.revise(assignment, null, false, "coordinator"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accountRepository.count()).isEqualTo(before);
    }

    /** The reminders job runs as the system principal and may remind; it may not start a run. */
    @Test
    void theSystemPrincipalMaySendTheReminders() {
        Round round = aRound();
        assertThatCode(() -> SystemPrincipal.run("test", () -> progress.remindOnce(round, "planner", false, false)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SystemPrincipal.run("test", () -> planner.start(round, null, 10, "x", "planner")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemPrincipalRunsJobsButCannotEditTheProposal() {
        Round round = aRound();
        assertThatThrownBy(() -> SystemPrincipal.run("test", () -> edits.place(round, 1, 1, "planner")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemPrincipal.call(
                        "test",
                        () -> SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getName()))
                .isEqualTo("system:test");
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("put back afterwards")
                .isNull();
    }

    @Test
    void theCoordinatorMay() {
        AsCoordinator.run(() -> accounts.disable(bram()));
        assertThat(bram().isEnabled()).isFalse();
        assertThat(bram().getDisabledSince()).isNotNull();
    }

    /**
     * Each service answers only its own role, whatever the arguments: the refusal comes before any other check, so
     * arguments that would be refused later anyway (no such form, nothing in the file) show it.
     */
    @Test
    void traineesHostsAndTheCoordinatorEachKeepToTheirOwnServices() {
        var trainee = trainees.findAll().get(0);
        var assignment = assignments.findAll().get(0);
        as("HOST");
        assertThatThrownBy(() -> preferenceLists.save(trainee, aRound(), java.util.List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.review(assignment, null, "ok", "host"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohortImporter.importCohort("x", "{}", "x.json", "host"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planImport.importPlan(aRound(), "{}", "x.json", "host"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dataImports.importFile(1L, null, "x.csv", new byte[0], "host", null))
                .isInstanceOf(AccessDeniedException.class);
        as("TRAINEE");
        assertThatThrownBy(() -> hostRankings.save(assignment, java.util.List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hostRankings.openedBy(assignment, "trainee"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.withdraw(assignment, "trainee")).isInstanceOf(AccessDeniedException.class);
        as("COORDINATOR");
        assertThatThrownBy(() -> evaluations.save(null, null, true, 0, "coordinator"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preferenceLists.save(trainee, aRound(), java.util.List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.propose(assignment.getOrganisation(), null, false, "coordinator"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
