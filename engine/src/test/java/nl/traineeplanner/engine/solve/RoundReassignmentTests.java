package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
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
    void improvesAPlanWhosePlacementsAreNotAllCandidates() {
        // large instances keep only the cheapest unranked assignments as candidates: deferred acceptance places
        // trainees whose choices are full elsewhere, and each round may still keep them there
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNSEEN, 150, 1));
        Pricer pricer = new Pricer(problem, List.of(), 2);
        List<Placement> start = DeferredAcceptance.plan(problem);

        List<Trajectory> improved =
                new RoundReassignment(problem, pricer).improve(pricer.fromPlacements(start), () -> 1_000);

        List<Placement> placements = Trajectory.placements(problem, improved);
        assertThat(Scorer.score(problem, placements).total())
                .isLessThan(Scorer.score(problem, start).total());
        assertThat(RuleChecker.check(problem, placements)).isEmpty();
    }
}
