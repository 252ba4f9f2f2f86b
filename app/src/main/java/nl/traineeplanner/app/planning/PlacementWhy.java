package nl.traineeplanner.app.planning;

import java.util.List;
import nl.traineeplanner.app.enginedata.EngineRecords;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.explain.PlacementExplanation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.solve.Optimiser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why a trainee is where a round put them, for the trainee: the engine's own explanation of that one placement, term
 * by term, with the weights the round was planned with. It is asked about the trainee alone, so it says nothing about
 * anyone else.
 */
@Component
public class PlacementWhy {

    private final RoundInstances instances;
    private final PlanEdits edits;

    PlacementWhy(RoundInstances instances, PlanEdits edits) {
        this.instances = instances;
        this.edits = edits;
    }

    /**
     * The placement in the engine's words.
     *
     * @param rank the place the assignment had on the trainee's list for the round, 0 when it was not on it
     * @param points the penalty points of the placement
     * @param terms one line per cost term, in Dutch and English
     */
    public record Why(int rank, long points, List<Text> terms) {}

    @Transactional(readOnly = true)
    public Why of(Placement placement) {
        var placed = EngineRecords.placement(placement);
        Problem problem = new Problem(instances.forTrainee(
                placement.getRound(),
                placement.getTrainee(),
                edits.weights(placement.getRound()).toWeights()));
        long total = Scorer.score(problem, List.of(placed)).total();
        Plan plan = PlanBuilder.build(problem, new Optimiser.Result(false, List.of(placed), total, total, 0));
        PlacementExplanation explained = plan.explanations().placements().get(0);
        int rank = problem.preferenceRank(
                problem.traineeIndex(placed.trainee()),
                problem.roundIndex(placed.round()),
                problem.assignmentIndex(placed.assignment()));
        return new Why(rank, explained.cost(), explained.terms());
    }
}
