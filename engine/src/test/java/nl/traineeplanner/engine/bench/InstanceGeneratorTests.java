package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTests {

    private final Instance instance = InstanceGenerator.generate(300, 42);
    private final Problem problem = new Problem(instance);

    @Test
    void sameSeedGivesTheSameInstance() {
        assertThat(InstanceGenerator.generate(300, 42)).isEqualTo(instance);
    }

    @Test
    void otherSeedGivesAnotherInstance() {
        assertThat(InstanceGenerator.generate(300, 43)).isNotEqualTo(instance);
    }

    @Test
    void makesTheAskedNumberOfTraineesAndThreeRounds() {
        assertThat(instance.trainees()).hasSize(300);
        assertThat(instance.rounds()).hasSize(3);
        assertThat(InstanceGenerator.generate(24, 1).trainees()).hasSize(24);
    }

    @Test
    void offersAboutFifteenPercentMorePlacesThanTraineesInEveryRound() {
        for (int r = 0; r < problem.roundCount(); r++) {
            int places = 0;
            int trainees = 0;
            for (int a = 0; a < problem.assignmentCount(); a++) {
                places += problem.offered(a, r) ? problem.assignment(a).capacity() : 0;
            }
            for (int t = 0; t < problem.traineeCount(); t++) {
                trainees += problem.traineeInRound(t, r) ? 1 : 0;
            }
            assertThat((double) places / trainees).isCloseTo(1.15, within(0.02));
        }
    }

    @Test
    void spreadsOrganisationsAndSkewsPopularity() {
        assertThat(instance.organisations()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(InstanceGenerator.generate(2000, 1).organisations()).hasSize(250);
        Map<String, Long> rankedBy = instance.trainees().stream()
                .flatMap(t -> t.preferences().stream())
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        long most = rankedBy.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double mean =
                rankedBy.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        assertThat(most).isGreaterThan((long) (4 * mean));
    }

    @Test
    void usesBothProgrammesAndTwelveDomains() {
        assertThat(instance.assignments().stream().map(Assignment::programme).distinct())
                .containsExactlyInAnyOrder("tvg", "npg");
        assertThat(instance.assignments().stream().map(Assignment::domain).distinct())
                .hasSize(12);
    }

    @Test
    void everyTraineeRanksFiveToEightAllowedChoicesCoveringEveryRound() {
        for (int t = 0; t < problem.traineeCount(); t++) {
            assertThat(instance.trainees().get(t).preferences()).hasSizeBetween(5, 8);
            for (int r = 0; r < problem.roundCount(); r++) {
                assertThat(problem.ranked(t, r)).isNotEmpty();
                for (int a : problem.ranked(t, r)) {
                    assertThat(problem.whyNotAllowed(t, r, a)).isNull();
                }
            }
        }
    }

    @Test
    void includesHistoryTravelLimitsExclusionsAndHostLists() {
        assertThat(instance.trainees().stream().filter(t -> !t.history().isEmpty()))
                .hasSizeBetween(30, 90);
        assertThat(instance.trainees().stream().filter(t -> t.maxTravelKm() != null))
                .hasSizeBetween(30, 90);
        assertThat(instance.trainees().stream()
                        .filter(t -> !t.excludedOrganisations().isEmpty()))
                .hasSizeBetween(10, 60);
        assertThat(instance.hostPreferences()).isNotEmpty();
    }

    @Test
    void hostsOnlyRankTraineesWhoRankedTheirAssignment() {
        instance.hostPreferences()
                .forEach(hp -> hp.trainees()
                        .forEach(id -> assertThat(instance.trainees()
                                        .get(problem.traineeIndex(id))
                                        .preferences())
                                .contains(hp.assignment())));
    }

    @Test
    void everyPinIsAllowedAndThePinsKeepTheRulesTogether() {
        for (long seed = 0; seed < 10; seed++) {
            Instance generated = InstanceGenerator.generate(24, seed);
            Problem p = new Problem(generated);
            assertThat(generated.pinned()).hasSize(2);
            for (Placement pin : generated.pinned()) {
                assertThat(p.whyNotAllowed(
                                p.traineeIndex(pin.trainee()),
                                p.roundIndex(pin.round()),
                                p.assignmentIndex(pin.assignment())))
                        .isNull();
            }
            assertThat(RuleChecker.check(p, generated.pinned())).isEmpty();
        }
    }
}
