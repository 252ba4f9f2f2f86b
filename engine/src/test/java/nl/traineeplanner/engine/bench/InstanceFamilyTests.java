package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;

/** The generated families of instances: deterministic, valid, and with the properties each family stands for. */
class InstanceFamilyTests {

    @Test
    void everyFamilyGivesTheSameInstanceForTheSameSeedAndAnotherForAnother() {
        for (InstanceFamily family : InstanceFamily.ALL) {
            Instance instance = InstanceGenerator.generate(family, 300, 7);
            assertThat(InstanceGenerator.generate(family, 300, 7))
                    .as(family.name())
                    .isEqualTo(instance);
            assertThat(InstanceGenerator.generate(family, 300, 8))
                    .as(family.name())
                    .isNotEqualTo(instance);
            assertThat(instance.trainees()).hasSize(300);
            assertThat(instance.rounds()).hasSize(3);
        }
    }

    @Test
    void theStandardFamilyIsTheBenchsOwnGenerator() {
        assertThat(InstanceGenerator.generate(InstanceFamily.STANDARD, 300, 42))
                .isEqualTo(InstanceGenerator.generate(300, 42));
    }

    @Test
    void familiesDifferFromEachOther() {
        assertThat(InstanceFamily.ALL.stream()
                        .map(f -> InstanceGenerator.generate(f, 100, 1))
                        .distinct())
                .hasSize(InstanceFamily.ALL.size());
    }

    @Test
    void everyFamilyGivesInstancesTheEnginesReaderAcceptsWithAllowedPins() {
        for (InstanceFamily family : InstanceFamily.ALL) {
            for (int size : List.of(24, 100)) {
                for (long seed = 1; seed <= 3; seed++) {
                    // written out and read back by InstanceReader, which validates everything
                    Instance instance = FamilyBench.validInstance(family, size, seed);
                    Problem problem = new Problem(instance);
                    assertThat(instance.pinned()).hasSize(2);
                    for (Placement pin : instance.pinned()) {
                        assertThat(problem.whyNotAllowed(
                                        problem.traineeIndex(pin.trainee()),
                                        problem.roundIndex(pin.round()),
                                        problem.assignmentIndex(pin.assignment())))
                                .isNull();
                    }
                    assertThat(RuleChecker.check(problem, instance.pinned())).isEmpty();
                }
            }
        }
    }

    @Test
    void oneRoundOffersEveryAssignmentInExactlyOneRound() {
        for (InstanceFamily family : List.of(InstanceFamily.ONE_ROUND, InstanceFamily.UNSEEN)) {
            Instance instance = InstanceGenerator.generate(family, 300, 3);
            assertThat(instance.assignments())
                    .allSatisfy(a -> assertThat(a.rounds()).hasSize(1));
        }
        // the standard family offers many in more than one round
        assertThat(InstanceGenerator.generate(300, 3).assignments())
                .filteredOn(a -> a.rounds().size() > 1)
                .hasSizeGreaterThan(100);
    }

    @Test
    void historyGivesHalfOfTheTraineesAnEarlierRound() {
        for (InstanceFamily family : List.of(InstanceFamily.HISTORY, InstanceFamily.UNSEEN)) {
            Instance instance = InstanceGenerator.generate(family, 2000, 1);
            assertThat(share(instance, t -> t.history().size() == 1)).isBetween(0.45, 0.55);
        }
    }

    @Test
    void travelGivesAboutTenPercentALimitAndFivePercentNoPreferences() {
        for (InstanceFamily family : List.of(InstanceFamily.TRAVEL, InstanceFamily.UNSEEN)) {
            Instance instance = InstanceGenerator.generate(family, 2000, 1);
            assertThat(share(instance, t -> t.maxTravelKm() != null)).isBetween(0.07, 0.13);
            assertThat(share(instance, t -> t.preferences().isEmpty())).isBetween(0.035, 0.065);
        }
        assertThat(share(
                        InstanceGenerator.generate(2000, 1),
                        t -> t.preferences().isEmpty()))
                .isZero();
    }

    @Test
    void heavyTailConcentratesFirstChoicesAndLeavesLittleRoom() {
        double standard = topFivePercentShareOfFirstChoices(InstanceGenerator.generate(2000, 1));
        for (InstanceFamily family : List.of(InstanceFamily.HEAVY_TAIL, InstanceFamily.UNSEEN)) {
            for (long seed = 1; seed <= 3; seed++) {
                Instance instance = InstanceGenerator.generate(family, 2000, seed);
                double share = topFivePercentShareOfFirstChoices(instance);
                assertThat(share).as(family.name()).isGreaterThan(0.75).isGreaterThan(standard + 0.2);
                Problem problem = new Problem(instance);
                for (int r = 0; r < problem.roundCount(); r++) {
                    assertThat(places(problem, r) / 2000.0).isBetween(1.03, 1.16);
                }
            }
        }
    }

    @Test
    void unrankedGivesShortListsHostListsOnThirtyPercentAndMostlyUnrankedPlacements() {
        for (InstanceFamily family : List.of(InstanceFamily.UNRANKED, InstanceFamily.UNSEEN)) {
            Instance instance = InstanceGenerator.generate(family, 300, 5);
            assertThat(instance.trainees())
                    .allSatisfy(t -> assertThat(t.preferences()).hasSizeLessThanOrEqualTo(3));
            assertThat((double) instance.hostPreferences().size()
                            / instance.assignments().size())
                    .isBetween(0.25, 0.35);
            Problem problem = new Problem(instance);
            List<Placement> plan = DeferredAcceptance.plan(problem);
            long atAChoice = plan.stream()
                    .filter(p -> instance.trainees()
                            .get(problem.traineeIndex(p.trainee()))
                            .preferences()
                            .contains(p.assignment()))
                    .count();
            assertThat((double) atAChoice / plan.size()).as(family.name()).isLessThan(0.5);
        }
    }

    @Test
    void unseenHasFiveHundredOrganisationsPerTwoThousandTrainees() {
        assertThat(InstanceGenerator.generate(InstanceFamily.UNSEEN, 2000, 1).organisations())
                .hasSize(500);
        assertThat(InstanceGenerator.generate(InstanceFamily.UNSEEN, 10_000, 1).organisations())
                .hasSize(2500);
        assertThat(InstanceGenerator.generate(InstanceFamily.STANDARD, 2000, 1).organisations())
                .hasSize(250);
    }

    @Test
    void familiesAreFoundByName() {
        assertThat(InstanceFamily.ALL.stream().map(InstanceFamily::name))
                .containsExactly("standard", "heavy-tail", "one-round", "history", "travel", "unranked", "unseen");
        assertThat(InstanceFamily.byName("Heavy-Tail")).isSameAs(InstanceFamily.HEAVY_TAIL);
        assertThatThrownBy(() -> InstanceFamily.byName("zipf")).hasMessageContaining("unknown family \"zipf\"");
    }

    private static double share(Instance instance, Predicate<Trainee> which) {
        return (double) instance.trainees().stream().filter(which).count()
                / instance.trainees().size();
    }

    /** The share of first choices that go to the 5 % of assignments most often chosen first. */
    private static double topFivePercentShareOfFirstChoices(Instance instance) {
        Map<String, Long> firstChoices = instance.trainees().stream()
                .filter(t -> !t.preferences().isEmpty())
                .collect(Collectors.groupingBy(t -> t.preferences().get(0), Collectors.counting()));
        long top = firstChoices.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(Math.max(1, instance.assignments().size() / 20))
                .mapToLong(Long::longValue)
                .sum();
        return (double) top
                / firstChoices.values().stream().mapToLong(Long::longValue).sum();
    }

    private static int places(Problem problem, int r) {
        int places = 0;
        for (int a = 0; a < problem.assignmentCount(); a++) {
            Assignment assignment = problem.assignment(a);
            places += problem.offered(a, r) ? assignment.capacity() : 0;
        }
        return places;
    }
}
