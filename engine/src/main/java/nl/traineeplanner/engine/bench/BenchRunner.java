package nl.traineeplanner.engine.bench;

import java.time.Duration;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.baseline.SerialDictatorship;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import nl.traineeplanner.engine.solve.Optimiser;

/** Runs the optimiser and both baselines on one problem and measures each plan the same way. */
final class BenchRunner {

    static final String OPTIMISER = "optimiser";
    static final String SERIAL_DICTATORSHIP = "serial-dictatorship";
    static final String DEFERRED_ACCEPTANCE = "deferred-acceptance";

    private BenchRunner() {}

    /** One row per method, the optimiser first; a plan that breaks hard rules is reported, not refused. */
    static List<BenchRow> run(String name, Problem problem, Duration timeLimit, long seed) {
        Optimiser.Options options = new Optimiser.Options(timeLimit, Optimiser.ProgressListener.NONE);
        MemoryProbe.Measured<Optimiser.Result> optimised = MemoryProbe.measure(() -> Optimiser.solve(problem, options));
        Optimiser.Result result = optimised.value();
        long bound = result.bound();
        MemoryProbe.Measured<List<Placement>> serial =
                MemoryProbe.measure(() -> SerialDictatorship.plan(problem, seed));
        MemoryProbe.Measured<List<Placement>> deferred = MemoryProbe.measure(() -> DeferredAcceptance.plan(problem));
        return List.of(
                row(name, problem, OPTIMISER, optimised, result.placements(), bound, result.optimal()),
                row(name, problem, SERIAL_DICTATORSHIP, serial, serial.value(), bound, false),
                row(name, problem, DEFERRED_ACCEPTANCE, deferred, deferred.value(), bound, false));
    }

    private static BenchRow row(
            String name,
            Problem problem,
            String method,
            MemoryProbe.Measured<?> measured,
            List<Placement> plan,
            long bound,
            boolean optimal) {
        int broken = RuleChecker.check(problem, plan).size();
        long score = Scorer.score(problem, plan).total();
        PlanMetrics m = PlanMetrics.of(problem, plan);
        return new BenchRow(
                name,
                problem.traineeCount(),
                method,
                measured.millis(),
                measured.peakMegabytes(),
                measured.allocatedMegabytes(),
                measured.peakResidentMegabytes(),
                score,
                m.firstChoiceShare(),
                m.topThreeShare(),
                m.worstRank(),
                m.unrankedPlacements(),
                m.blockingPairs(),
                m.unplacedPairs(),
                BenchRow.gapPercent(score, bound),
                optimal,
                broken);
    }
}
