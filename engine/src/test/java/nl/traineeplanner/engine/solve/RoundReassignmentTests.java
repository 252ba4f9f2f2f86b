package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.bench.InstanceFamily;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reassigning rounds on random small instances: never a dearer plan, never a broken rule, never below the optimum. */
class RoundReassignmentTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void improvesDeferredAcceptanceWithoutBreakingRules(long seed) {
        Problem problem = new Problem(OptimiserBruteForceTests.randomInstance(new Random(seed)));
        Pricer pricer = new Pricer(problem, List.of(), Integer.MAX_VALUE);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(pricer.fromPlacements(start), () -> 1);

        List<Placement> placements = Trajectory.placements(problem, improved);
        long total = Scorer.score(problem, placements).total();
        assertThat(OptimiserBruteForceTests.keepsHardRules(problem, placements)).isTrue();
        assertThat(total).isLessThanOrEqualTo(Scorer.score(problem, start).total());
        assertThat(total).isGreaterThanOrEqualTo(OptimiserBruteForceTests.bruteForceOptimum(problem));
    }

    @Test
    void reachesAPlaceWithRoomThatIsNotAmongTheCandidates() {
        // tess keeps one unranked candidate (the cheapest: X next door, xena's first choice), as a trainee of a
        // large instance keeps only its cheapest ones. Y, 7 km away, has room but is not a candidate of tess; she
        // starts at Z, 28 km away. Only the places with room bring her to Y.
        Instance instance = new Instance(
                List.of(new Round("R0", null, null)),
                List.of(
                        new Organisation("O1", "next door", new Location(53.2, 6.5)),
                        new Organisation("O2", "close by", new Location(53.25, 6.55)),
                        new Organisation("O3", "far", new Location(53.45, 6.6))),
                List.of(
                        new Assignment("X", "X", "O1", "tvg", "d1", List.of("R0"), 1, null, 0),
                        new Assignment("Y", "Y", "O2", "tvg", "d1", List.of("R0"), 1, null, 0),
                        new Assignment("Z", "Z", "O3", "tvg", "d1", List.of("R0"), 1, null, 0)),
                List.of(trainee("tess", List.of()), trainee("xena", List.of("X"))),
                List.of(),
                List.of(),
                Weights.DEFAULTS);
        Problem problem = new Problem(instance);
        Pricer pricer = new Pricer(problem, List.of(), 1);
        List<Placement> start = List.of(new Placement("xena", "R0", "X"), new Placement("tess", "R0", "Z"));

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(pricer.fromPlacements(start), () -> 1_000);

        List<Placement> placements = Trajectory.placements(problem, improved);
        assertThat(placements)
                .containsExactlyInAnyOrder(new Placement("xena", "R0", "X"), new Placement("tess", "R0", "Y"));
        assertThat(Scorer.score(problem, placements).total())
                .isLessThan(Scorer.score(problem, start).total());
    }

    private static Trainee trainee(String id, List<String> preferences) {
        return new Trainee(id, id, new Location(53.2, 6.5), List.of(), preferences, Set.of(), null, List.of());
    }

    @Test
    void improvesAPlanWhosePlacementsAreNotAllCandidates() {
        // large instances keep only the cheapest unranked assignments as candidates: deferred acceptance places
        // trainees whose choices are full elsewhere, and each round may still keep them there
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 150, 1));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), 2);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(pricer.fromPlacements(start), () -> 1_000);

        List<Placement> placements = Trajectory.placements(problem, improved);
        assertThat(Scorer.score(problem, placements).total())
                .isLessThan(Scorer.score(problem, start).total());
        assertThat(RuleChecker.check(problem, placements)).isEmpty();
    }

    @Test
    void theFirstPlanEndsItsPassesSoonerAndKeepsTheRules() {
        // the first plan of a solve stops at a pass gaining under a thousandth; other plans go on to a
        // ten-thousandth where not every placement is a candidate: from the same start, more passes of the same
        // exact flows never cost more. Rounds are counted by how often the time left is asked: on this instance a
        // pass gains between a ten-thousandth and a thousandth
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 150, 1));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), 2);
        List<Trajectory> start = pricer.fromPlacements(DeferredAcceptance.plan(problem));
        int[] askedFirst = {0};
        int[] askedFurther = {0};

        List<Trajectory> first = new RoundReassignment(problem, pricer).improveFirst(start, () -> {
            askedFirst[0]++;
            return 1_000;
        });
        List<Trajectory> further = new RoundReassignment(problem, pricer).improve(start, () -> {
            askedFurther[0]++;
            return 1_000;
        });

        assertThat(askedFirst[0]).isLessThan(askedFurther[0]);
        long firstTotal = totalOf(problem, first);
        assertThat(firstTotal).isLessThan(totalOf(problem, start));
        assertThat(totalOf(problem, further)).isLessThanOrEqualTo(firstTotal);
        assertThat(RuleChecker.check(problem, Trajectory.placements(problem, first)))
                .isEmpty();
    }

    private static long totalOf(Problem problem, List<Trajectory> plan) {
        return Scorer.score(problem, Trajectory.placements(problem, plan)).total();
    }
}
