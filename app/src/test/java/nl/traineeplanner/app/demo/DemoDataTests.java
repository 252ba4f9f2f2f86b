package nl.traineeplanner.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@WebAppTest
@Transactional
class DemoDataTests {

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private HostRankingRepository hostRankings;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    private List<Assignment> approved() {
        return assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED);
    }

    @Test
    void offersAtLeast36ApprovedAssignmentsIncludingTheSixExamples() {
        assertThat(approved()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(approved())
                .extracting(Assignment::getTitle)
                .contains(
                        "Gebiedsontwikkeling Dideldom in Stadskanaal",
                        "Lobbystrategie voor de Europese Clean Industrial Deal",
                        "Inwoners betrekken via nieuwe kanalen",
                        "Datagedreven werken en AI in Westerkwartier",
                        "Projectleider Tijd voor Toekomst",
                        "Actualisatie lokaal programma Toekomst voor Oldambt");
    }

    @Test
    void showsTheReviewWorkflowWithSomeProposalsNotYetApproved() {
        assertThat(assignments.countByStatus(AssignmentStatus.SUBMITTED)).isPositive();
        assertThat(assignments.countByStatus(AssignmentStatus.DRAFT)).isPositive();
    }

    @Test
    void spreadsApprovedAssignmentsOverAllTenMunicipalitiesBothProgrammesAndThreeRounds() {
        assertThat(approved().stream().map(a -> a.getMunicipality().getCode()).distinct())
                .hasSize(10);
        assertThat(approved().stream().map(a -> a.getProgramme().getCode()).distinct())
                .containsExactlyInAnyOrder("tvg", "npg");
        assertThat(rounds.findAllByOrderByStartDate())
                .allSatisfy(round -> assertThat(approved().stream().filter(a -> a.isOfferedIn(round)))
                        .hasSizeGreaterThanOrEqualTo(10));
    }

    @Test
    void comesFromAtLeastFifteenHostOrganisations() {
        assertThat(organisations.count()).isGreaterThanOrEqualTo(15);
        assertThat(approved().stream().map(a -> a.getOrganisation().getCode()).distinct())
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void hasOneCohortWithThreeRoundsOfEightMonthsAndRoundOneOpenForPreferences() {
        List<Round> cohortRounds = rounds.findAllByOrderByStartDate();
        assertThat(cohortRounds).hasSize(3);
        assertThat(cohortRounds)
                .allSatisfy(r -> assertThat(r.getCohort().getName()).isEqualTo("Lichting 2027"));
        assertThat(cohortRounds)
                .allSatisfy(r ->
                        assertThat(r.getStartDate().plusMonths(8).minusDays(1)).isEqualTo(r.getEndDate()));
        assertThat(cohortRounds.get(0).getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
    }

    @Test
    void has24TraineesEachRankingThreeToFiveAssignmentsTheyMayBePlacedAt() {
        List<Trainee> all = trainees.findAll();
        assertThat(all).hasSize(24);
        Round round1 = rounds.findAllByOrderByStartDate().get(0);
        Map<Trainee, List<TraineePreference>> byTrainee =
                preferences.findByRoundIdOrderByTraineeNameAscRankAsc(round1.getId()).stream()
                        .collect(Collectors.groupingBy(TraineePreference::getTrainee));
        assertThat(byTrainee).hasSize(24);
        byTrainee.forEach((trainee, ranked) -> {
            assertThat(ranked).hasSizeBetween(3, 5);
            assertThat(ranked).extracting(TraineePreference::getRank).isSorted();
            assertThat(ranked).allSatisfy(p -> {
                assertThat(p.getMotivation()).isNotBlank();
                assertThat(p.getAssignment().getStatus()).isEqualTo(AssignmentStatus.APPROVED);
                assertThat(trainee.getExcludedOrganisations())
                        .doesNotContain(p.getAssignment().getOrganisation());
                trainee.getMaxTravelKm()
                        .ifPresent(limit -> assertThat(trainee.getHome()
                                        .distanceKm(p.getAssignment().getLocation()))
                                .isLessThanOrEqualTo(limit));
            });
        });
        assertThat(all).anyMatch(t -> t.getMaxTravelKm().isPresent());
        assertThat(all).anyMatch(t -> !t.getExcludedOrganisations().isEmpty());
    }

    @Test
    void everyTraineeHasAlsoRankedAssignmentsOfTheLaterRoundsOfferedThen() {
        for (Round later : rounds.findAllByOrderByStartDate().subList(1, 3)) {
            var ranked = preferences.findByRoundIdOrderByTraineeNameAscRankAsc(later.getId());
            assertThat(ranked.stream().map(TraineePreference::getTrainee).distinct())
                    .hasSize(24);
            assertThat(ranked)
                    .allSatisfy(p ->
                            assertThat(p.getAssignment().isOfferedIn(later)).isTrue());
        }
    }

    @Test
    void someHostsHaveRankedTheirCandidates() {
        assertThat(hostRankings.count()).isPositive();
    }

    @Test
    void hasOneDemoAccountPerRoleWithPasswordDemo() {
        UserAccount coordinator = accounts.findByUsername("coordinator").orElseThrow();
        UserAccount host = accounts.findByUsername("host").orElseThrow();
        UserAccount trainee = accounts.findByUsername("trainee").orElseThrow();
        assertThat(coordinator.getRole()).isEqualTo(Role.COORDINATOR);
        assertThat(host.getRole()).isEqualTo(Role.HOST);
        assertThat(host.getOrganisation().getName()).isEqualTo("Gemeente Oldambt");
        assertThat(trainee.getRole()).isEqualTo(Role.TRAINEE);
        assertThat(trainee.getTrainee()).isNotNull();
        assertThat(List.of(coordinator, host, trainee)).allSatisfy(account -> {
            assertThat(account.getPasswordHash()).startsWith("$2").isNotEqualTo("demo");
            assertThat(passwords.matches("demo", account.getPasswordHash())).isTrue();
        });
    }
}
