package nl.traineeplanner.engine;

import static nl.traineeplanner.engine.InstanceBuilder.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test pair per cost term of spec section 3: a case that costs and one that does not. */
class ScorerTests {

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    private static CostBreakdown cost(InstanceBuilder instance, Placement... placements) {
        return Scorer.score(instance.problem(), List.of(placements)).cost();
    }

    private static InstanceBuilder threeAssignments() {
        return InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .assignment("A3", "o3");
    }

    @Nested
    class Preference {

        @Test
        void thirdChoiceCostsWeightTimesTwoSquared() {
            var instance = threeAssignments().trainee("T1", t -> t.preferences("A1", "A2", "A3"));
            assertThat(cost(instance, at("T1", "R1", "A3")).preference()).isEqualTo(40);
        }

        @Test
        void firstChoiceCostsNothing() {
            var instance = threeAssignments().trainee("T1", t -> t.preferences("A1", "A2", "A3"));
            assertThat(cost(instance, at("T1", "R1", "A1")).preference()).isZero();
        }

        @Test
        void rankCountsOnlyChoicesOfferedInTheRound() {
            var instance = InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .assignment("B1", "o1", a -> a.rounds("R2"))
                    .assignment("B2", "o1", a -> a.rounds("R2"))
                    .assignment("A1", "o1", a -> a.rounds("R1"))
                    .assignment("A2", "o1", a -> a.rounds("R1"))
                    .trainee("T1", t -> t.rounds("R1").preferences("B1", "A1", "B2", "A2"));
            // A2 stands fourth in the list, but is the second choice among those offered in R1.
            assertThat(cost(instance, at("T1", "R1", "A2")).preference()).isEqualTo(10);
            assertThat(cost(instance, at("T1", "R1", "A1")).preference()).isZero();
        }

        @Test
        void unrankedAssignmentCostsTheUnrankedWeightWhenTheTraineeRankedOthersInTheRound() {
            var instance = threeAssignments().trainee("T1", t -> t.preferences("A1"));
            assertThat(cost(instance, at("T1", "R1", "A3")).preference()).isEqualTo(300);
        }

        @Test
        void costsNothingWhenTheTraineeRankedNothingOfferedInTheRound() {
            var instance = InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .assignment("A1", "o1", a -> a.rounds("R1"))
                    .assignment("B1", "o1", a -> a.rounds("R2"))
                    .trainee("T1", t -> t.rounds("R1").preferences("B1"));
            assertThat(cost(instance, at("T1", "R1", "A1")).preference()).isZero();
        }
    }

    @Nested
    class Host {

        @Test
        void secondOfTheHostCostsHostWeight() {
            var instance = threeAssignments().trainee("T1").trainee("T2").hostRanking("A1", "T2", "T1");
            assertThat(cost(instance, at("T1", "R1", "A1")).host()).isEqualTo(5);
        }

        @Test
        void firstOfTheHostCostsNothing() {
            var instance = threeAssignments().trainee("T1").trainee("T2").hostRanking("A1", "T1", "T2");
            assertThat(cost(instance, at("T1", "R1", "A1")).host()).isZero();
        }

        @Test
        void traineeMissingFromANonEmptyHostListCostsHostUnranked() {
            var instance = threeAssignments().trainee("T1").trainee("T2").hostRanking("A1", "T2");
            assertThat(cost(instance, at("T1", "R1", "A1")).host()).isEqualTo(100);
        }

        @Test
        void costsNothingWithoutAHostList() {
            var instance = threeAssignments().trainee("T1").trainee("T2").hostRanking("A2", "T2");
            assertThat(cost(instance, at("T1", "R1", "A1")).host()).isZero();
        }
    }

    @Nested
    class Travel {

        /** A latitude whose distance from (0, 0) along the meridian is exactly 12.5 km in double arithmetic. */
        private static final double LAT_AT_12_5_KM = 0.11241520073984132;

        @Test
        void roundsTheDistanceHalfUp() {
            assertThat(new Location(0, 0).distanceKm(new Location(LAT_AT_12_5_KM, 0)))
                    .isEqualTo(12.5);
            var instance = InstanceBuilder.withRounds("R1")
                    .organisation("o1", LAT_AT_12_5_KM, 0)
                    .assignment("A1", "o1")
                    .trainee("T1", t -> t.home(0, 0));
            assertThat(cost(instance, at("T1", "R1", "A1")).travel()).isEqualTo(13);
        }

        @Test
        void usesTheAssignmentLocationBeforeTheOrganisations() {
            var instance = InstanceBuilder.withRounds("R1")
                    .organisation("o1", 0, 1)
                    .assignment("A1", "o1", a -> a.at(0, 0))
                    .trainee("T1", t -> t.home(0, 0));
            assertThat(cost(instance, at("T1", "R1", "A1")).travel()).isZero();
        }

        @Test
        void costsWeightPerRoundedKm() {
            var instance = InstanceBuilder.withRounds("R1")
                    .organisation("o1", 53.2194, 6.5665)
                    .assignment("A1", "o1")
                    .trainee("T1", t -> t.home(53.172, 7.037))
                    .weights(only("travelPerKm", 2));
            long km = Math.round(new Location(53.172, 7.037).distanceKm(new Location(53.2194, 6.5665)));
            assertThat(km).isBetween(30L, 35L);
            assertThat(cost(instance, at("T1", "R1", "A1")).travel()).isEqualTo(2 * km);
        }

        @Test
        void costsNothingWhenALocationIsUnknown() {
            var instance = InstanceBuilder.withRounds("R1")
                    .organisation("o1")
                    .assignment("A1", "o1")
                    .trainee("T1", t -> t.home(53.0, 6.0));
            assertThat(cost(instance, at("T1", "R1", "A1")).travel()).isZero();
        }
    }

    @Nested
    class DomainRepeat {

        private InstanceBuilder twoRounds() {
            return InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .organisation("o2")
                    .assignment("A1", "o1", a -> a.domain("water"))
                    .assignment("A2", "o2", a -> a.domain("water"))
                    .assignment("A3", "o2", a -> a.domain("jeugd"));
        }

        @Test
        void secondPlacementInADomainCostsDomainRepeat() {
            var instance = twoRounds().trainee("T1");
            assertThat(cost(instance, at("T1", "R1", "A1"), at("T1", "R2", "A2"))
                            .domainRepeat())
                    .isEqualTo(80);
        }

        @Test
        void historyCountsTowardsTheRepeat() {
            var instance = twoRounds().trainee("T1", t -> t.rounds("R1").history("old", "p1", "water"));
            assertThat(cost(instance, at("T1", "R1", "A1")).domainRepeat()).isEqualTo(80);
        }

        @Test
        void eachExtraPlacementInTheDomainCostsAgain() {
            var instance = twoRounds().trainee("T1", t -> t.history("old", "p1", "water"));
            assertThat(cost(instance, at("T1", "R1", "A1"), at("T1", "R2", "A2"))
                            .domainRepeat())
                    .isEqualTo(160);
        }

        @Test
        void differentDomainsCostNothing() {
            var instance = twoRounds().trainee("T1", t -> t.history("old", "p1", "wonen"));
            assertThat(cost(instance, at("T1", "R1", "A1"), at("T1", "R2", "A3"))
                            .domainRepeat())
                    .isZero();
        }
    }

    @Nested
    class ProgrammeMissing {

        private InstanceBuilder twoProgrammes() {
            return InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .organisation("o2")
                    .assignment("A1", "o1", a -> a.programme("npg"))
                    .assignment("A2", "o2", a -> a.programme("npg"))
                    .assignment("B1", "o2", a -> a.programme("tvg"));
        }

        @Test
        void missingProgrammeCostsProgrammeMissing() {
            var instance = twoProgrammes().trainee("T1");
            assertThat(cost(instance, at("T1", "R1", "A1"), at("T1", "R2", "A2"))
                            .programmeMissing())
                    .isEqualTo(60);
        }

        @Test
        void bothProgrammesCostNothing() {
            var instance = twoProgrammes().trainee("T1");
            assertThat(cost(instance, at("T1", "R1", "A1"), at("T1", "R2", "B1"))
                            .programmeMissing())
                    .isZero();
        }

        @Test
        void historyProvidesAProgramme() {
            var instance = twoProgrammes().trainee("T1", t -> t.rounds("R1").history("old", "tvg", "x"));
            assertThat(cost(instance, at("T1", "R1", "A1")).programmeMissing()).isZero();
        }

        @Test
        void neededIsCappedByHistoryPlusRounds() {
            // One round and no history: one programme is all that can be asked.
            var instance = twoProgrammes().trainee("T1", t -> t.rounds("R1"));
            Problem problem = instance.problem();
            assertThat(problem.neededProgrammes(0)).isEqualTo(1);
            assertThat(cost(instance, at("T1", "R1", "A1")).programmeMissing()).isZero();
        }

        @Test
        void neededIsCappedByTheProgrammesOfTheInstance() {
            var instance = twoProgrammes()
                    .trainee("T1", t -> t.history("old", "x", "y").history("old2", "z", "y"));
            // Four placements could span four programmes, but the instance offers two (history's are not counted).
            assertThat(instance.problem().neededProgrammes(0)).isEqualTo(2);
        }

        @Test
        void anUnplacedTraineeStillMissesProgrammes() {
            var instance = twoProgrammes().trainee("T1", t -> t.rounds("R1"));
            assertThat(cost(instance).programmeMissing()).isEqualTo(60);
        }
    }

    @Nested
    class Unplaced {

        @Test
        void eachPairWithoutPlacementCostsUnplaced() {
            var instance = InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .organisation("o2")
                    .assignment("A1", "o1")
                    .trainee("T1");
            assertThat(cost(instance, at("T1", "R1", "A1")).unplaced()).isEqualTo(100_000);
            assertThat(cost(instance).unplaced()).isEqualTo(200_000);
        }

        @Test
        void roundsOutsideTheTraineesOwnCostNothing() {
            var instance = InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .assignment("A1", "o1")
                    .trainee("T1", t -> t.rounds("R1"));
            assertThat(cost(instance, at("T1", "R1", "A1")).unplaced()).isZero();
        }
    }

    @Nested
    class Unfilled {

        private InstanceBuilder penalised(int penalty) {
            return InstanceBuilder.withRounds("R1", "R2")
                    .organisation("o1")
                    .assignment("A1", "o1", a -> a.rounds("R1").capacity(2).unfilledPenalty(penalty))
                    .trainee("T1", t -> t.rounds("R1"));
        }

        @Test
        void eachEmptyPlaceInAnOfferedRoundCostsThePenalty() {
            assertThat(cost(penalised(50), at("T1", "R1", "A1")).unfilled()).isEqualTo(50);
            assertThat(cost(penalised(50)).unfilled()).isEqualTo(100);
        }

        @Test
        void noPenaltyCostsNothing() {
            assertThat(cost(penalised(0)).unfilled()).isZero();
        }
    }

    @Nested
    class Fairness {

        @Test
        void costsWeightTimesTheWorstTraineesPreferenceSum() {
            var instance = threeAssignments()
                    .trainee("T1", t -> t.preferences("A1", "A2", "A3"))
                    .trainee("T2", t -> t.preferences("A1", "A2", "A3"));
            CostBreakdown cost = cost(instance, at("T1", "R1", "A1"), at("T2", "R1", "A3"));
            assertThat(cost.fairness()).isEqualTo(2 * 40);
        }

        @Test
        void costsNothingWhenEveryoneHasTheirFirstChoice() {
            var instance = threeAssignments().trainee("T1", t -> t.preferences("A1", "A2"));
            assertThat(cost(instance, at("T1", "R1", "A1")).fairness()).isZero();
        }

        @Test
        void costsNothingWithoutTrainees() {
            assertThat(cost(threeAssignments()).fairness()).isZero();
        }
    }

    @Test
    void totalIsTheSumOfTheTerms() {
        var instance = threeAssignments()
                .trainee("T1", t -> t.preferences("A1", "A2", "A3"))
                .trainee("T2", t -> t.preferences("A3"))
                .hostRanking("A2", "T2");
        Scorer.Score score = Scorer.score(instance.problem(), List.of(at("T1", "R1", "A2"), at("T2", "R1", "A1")));
        // T1 second choice 10, host unranked 100; T2 unranked 300; fairness 2 × 300; T1, T2 programme fine.
        assertThat(score.cost().preference()).isEqualTo(310);
        assertThat(score.cost().host()).isEqualTo(100);
        assertThat(score.cost().fairness()).isEqualTo(600);
        assertThat(score.total()).isEqualTo(1010);
        assertThat(score.perTrainee()).containsExactly(110, 300);
    }
}
