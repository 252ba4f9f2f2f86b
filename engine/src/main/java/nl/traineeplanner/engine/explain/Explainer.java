package nl.traineeplanner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;

/**
 * Explains a plan in plain Dutch and English: what each placement costs and why, the costs of each trainee that
 * belong to no single placement, and for each trainee without its first choice in a round, who has it and what
 * giving it to them would cost the whole plan — or which rule forbids it. Expects a plan that keeps H1.
 */
public final class Explainer {

    private Explainer() {}

    public static Explanations explain(Problem problem, List<Placement> placements) {
        PlanView plan = new PlanView(problem, placements);
        Scorer.Score score = Scorer.score(problem, placements);
        List<PlacementExplanation> perPlacement = new ArrayList<>();
        List<TraineeExplanation> perTrainee = new ArrayList<>();
        List<FirstChoiceExplanation> firstChoices = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                if (plan.assignmentOf(t, r) >= 0) {
                    perPlacement.add(CostWords.placement(plan, t, r));
                }
                FirstChoiceExplanation why = FirstChoices.explain(plan, t, r);
                if (why != null) {
                    firstChoices.add(why);
                }
            }
            TraineeExplanation notes = CostWords.trainee(plan, t, score);
            if (!notes.notes().isEmpty()) {
                perTrainee.add(notes);
            }
        }
        return new Explanations(perPlacement, perTrainee, firstChoices, unfilled(plan));
    }

    private static List<Text> unfilled(PlanView plan) {
        Problem problem = plan.problem;
        List<Text> lines = new ArrayList<>();
        for (int a = 0; a < problem.assignmentCount(); a++) {
            int penalty = problem.assignment(a).unfilledPenalty();
            for (int r = 0; r < problem.roundCount(); r++) {
                int taken = plan.holders(a, r).size();
                int empty = problem.emptyPlaces(a, r, taken);
                if (penalty > 0 && empty > 0) {
                    String id = problem.assignment(a).id();
                    String round = problem.round(r).id();
                    lines.add(CostWords.points(
                            id + " in ronde " + round + ": " + empty + " plaats(en) leeg",
                            id + " in round " + round + ": " + empty + " place(s) left empty",
                            problem.unfilledCost(a, r, taken)));
                }
            }
        }
        return lines;
    }
}
