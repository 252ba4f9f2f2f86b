package nl.traineeplanner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The totals of changed plans that explanations quote, against scoring each changed plan in full. */
class PlanViewTests {

    @ParameterizedTest
    @ValueSource(strings = {"medium-60.json", "generated-60", "generated-24"})
    void movesAndSwapsCostWhatTheScorerSaysOfTheChangedPlan(String source) {
        Problem problem = source.endsWith(".json")
                ? new Problem(InstanceReader.read(InstanceBuilder.example(source)))
                : new Problem(InstanceGenerator.generate(Integer.parseInt(source.substring(10)), 5));
        List<Placement> plan = new ArrayList<>(DeferredAcceptance.plan(problem));
        // leave some rounds unplaced, so that moves into free places and swaps with unplaced trainees occur
        Random random = new Random(7);
        plan.removeIf(p -> random.nextInt(10) == 0);
        PlanView view = new PlanView(problem, plan);
        int moves = 0;
        int swaps = 0;
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (!problem.traineeInRound(t, r)) {
                    continue;
                }
                for (int a = 0; a < problem.assignmentCount(); a++) {
                    if (!problem.offered(a, r) || view.assignmentOf(t, r) == a || random.nextInt(4) != 0) {
                        continue;
                    }
                    List<Integer> holders = view.holders(a, r);
                    if (holders.size() < problem.assignment(a).capacity()) {
                        assertThat(view.totalWithMove(t, r, a))
                                .as("move %d to %d in %d", t, a, r)
                                .isEqualTo(scoreOf(problem, moved(view, plan, t, r, a)));
                        moves++;
                    }
                    for (int h : holders) {
                        assertThat(view.totalWithSwap(t, h, r, a))
                                .as("swap %d and %d at %d in %d", t, h, a, r)
                                .isEqualTo(scoreOf(problem, swapped(view, plan, t, h, r, a)));
                        swaps++;
                    }
                }
            }
        }
        assertThat(moves).isGreaterThan(50);
        assertThat(swaps).isGreaterThan(50);
    }

    private static long scoreOf(Problem problem, List<Placement> placements) {
        return Scorer.score(problem, placements).total();
    }

    private static List<Placement> moved(PlanView view, List<Placement> plan, int t, int r, int a) {
        List<Placement> changed = without(view, plan, t, r);
        changed.add(view.placement(t, r, a));
        return changed;
    }

    private static List<Placement> swapped(PlanView view, List<Placement> plan, int t, int h, int r, int a) {
        int current = view.assignmentOf(t, r);
        List<Placement> changed = without(view, without(view, plan, t, r), h, r);
        changed.add(view.placement(t, r, a));
        if (current >= 0) {
            changed.add(view.placement(h, r, current));
        }
        return changed;
    }

    private static List<Placement> without(PlanView view, List<Placement> plan, int t, int r) {
        String round = view.problem.round(r).id();
        List<Placement> changed = new ArrayList<>(plan);
        changed.removeIf(p -> p.trainee().equals(view.id(t)) && p.round().equals(round));
        return changed;
    }
}
