package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.metrics.PlanMetrics;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;

/**
 * Two runs of one round side by side: each cost term, the summary figures, and every trainee whose
 * placement differs.
 */
public record ScenarioComparison(
        PlanningRun left,
        PlanningRun right,
        List<Row> terms,
        List<Row> figures,
        List<Difference> differences,
        int leftRounds,
        int rightRounds) {

    /** Whether both runs planned the same number of rounds, so that their penalty points can be compared. */
    public boolean sameRounds() {
        return leftRounds == rightRounds;
    }

    /** One figure in both runs; {@code key} is the message key of its name. */
    public record Row(String key, long left, long right) {
        public long delta() {
            return right - left;
        }
    }

    /** A trainee placed differently; null means unplaced in that run. */
    public record Difference(String trainee, String round, String left, String right) {}

    /** Compares two finished runs of the same round. */
    public static ScenarioComparison of(PlanningRun left, PlanningRun right) {
        if (!Objects.equals(left.getRound().getId(), right.getRound().getId())) {
            throw new PlanningRefusal("refusal.compare.rounds");
        }
        if (!left.hasPlan() || !right.hasPlan()) {
            throw new PlanningRefusal("refusal.compare.noPlan");
        }
        Plan a = PlanReader.read(left.getPlanJson(), "run-" + left.getId() + ".json");
        Plan b = PlanReader.read(right.getPlanJson(), "run-" + right.getId() + ".json");
        Instance instance = InstanceReader.read(right.getInstanceJson(), "run-" + right.getId() + "-instance.json");

        List<Row> terms = new ArrayList<>();
        a.cost()
                .forEach((term, value) ->
                        terms.add(new Row("cost." + term, value, b.cost().getOrDefault(term, 0L))));
        terms.add(new Row("compare.total", a.objective(), b.objective()));

        List<Row> figures = new ArrayList<>();
        PlanMetrics sa = a.summary();
        PlanMetrics sb = b.summary();
        if (sa != null && sb != null) {
            figures.add(new Row("board.firstChoices", sa.firstChoice(), sb.firstChoice()));
            figures.add(new Row("board.topThree", sa.topThree(), sb.topThree()));
            figures.add(new Row("compare.worstRank", sa.worstRank(), sb.worstRank()));
            figures.add(new Row("board.unplaced", sa.unplacedPairs(), sb.unplacedPairs()));
            figures.add(new Row("board.unfilled", sa.unfilledPlaces(), sb.unfilledPlaces()));
            figures.add(new Row("compare.blockingPairs", sa.blockingPairs(), sb.blockingPairs()));
        }
        int leftRounds = InstanceReader.read(left.getInstanceJson(), "run-" + left.getId() + "-instance.json")
                .rounds()
                .size();
        return new ScenarioComparison(
                left,
                right,
                terms,
                figures,
                differences(instance, a, b),
                leftRounds,
                instance.rounds().size());
    }

    private static List<Difference> differences(Instance instance, Plan a, Plan b) {
        Map<String, String> names = new HashMap<>();
        instance.trainees().forEach((Trainee t) -> names.put("t:" + t.id(), t.name()));
        instance.assignments().forEach((Assignment as) -> names.put("a:" + as.id(), as.title()));
        Map<String, String> inA = byTraineeAndRound(a);
        Map<String, String> inB = byTraineeAndRound(b);
        List<Difference> out = new ArrayList<>();
        for (Trainee t : instance.trainees()) {
            for (var round : instance.rounds()) {
                String key = t.id() + "/" + round.id();
                String left = inA.get(key);
                String right = inB.get(key);
                if (!Objects.equals(left, right)) {
                    out.add(new Difference(
                            names.getOrDefault("t:" + t.id(), t.id()),
                            round.id(),
                            left == null ? null : names.getOrDefault("a:" + left, left),
                            right == null ? null : names.getOrDefault("a:" + right, right)));
                }
            }
        }
        return out;
    }

    private static Map<String, String> byTraineeAndRound(Plan plan) {
        Map<String, String> out = new HashMap<>();
        for (Placement p : plan.placements()) {
            out.put(p.trainee() + "/" + p.round(), p.assignment());
        }
        return out;
    }
}
