package nl.traineeplanner.engine.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.Words;

/**
 * Refuses pins that break H1–H6, against the data or between themselves: a pinned plan that no solver can keep is an
 * invalid instance, not an unplaceable trainee. Needs an instance whose references are all known.
 */
final class PinChecks {

    private PinChecks() {}

    static void check(Instance instance, InputProblems problems) {
        Problem problem = new Problem(instance);
        List<Placement> pins = instance.pinned();
        Map<String, Integer> pinOfTraineeRound = new HashMap<>();
        Map<String, Integer> pinOfTraineeOrganisation = new HashMap<>();
        Map<String, Integer> pinsInAssignmentRound = new HashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            Placement pin = pins.get(i);
            String item = "pinned[" + i + "] (trainee \"" + pin.trainee() + "\", round \"" + pin.round()
                    + "\", assignment \"" + pin.assignment() + "\")";
            int t = problem.traineeIndex(pin.trainee());
            int r = problem.roundIndex(pin.round());
            int a = problem.assignmentIndex(pin.assignment());
            String organisation = problem.assignment(a).organisation();

            for (Rule broken : problem.brokenRules(t, r, a)) {
                problems.add(item, broken == Rule.H1 ? "round" : "assignment", againstData(problem, broken, t, a));
            }
            // H1: at most one placement per round, so at most one pin.
            Integer earlier = pinOfTraineeRound.putIfAbsent(pin.trainee() + "\n" + pin.round(), i);
            if (earlier != null) {
                problems.add(
                        item, "round", "the trainee already has a pin in this round, pinned[" + earlier + "] (H1)");
            }
            // H4: all organisations of one trainee are different, pins included.
            Integer sameOrganisation = pinOfTraineeOrganisation.putIfAbsent(pin.trainee() + "\n" + organisation, i);
            if (sameOrganisation != null && !pins.get(sameOrganisation).round().equals(pin.round())) {
                problems.add(
                        item,
                        "assignment",
                        "the trainee is already pinned at organisation \"" + organisation + "\", pinned["
                                + sameOrganisation + "] (H4)");
            }
            // H3: pins alone must not fill an assignment beyond its capacity.
            int taken = pinsInAssignmentRound.merge(pin.assignment() + "\n" + pin.round(), 1, Integer::sum);
            int capacity = problem.assignment(a).capacity();
            if (taken > capacity) {
                problems.add(
                        item,
                        "assignment",
                        "\"" + pin.assignment() + "\" takes " + capacity + " trainee(s) in round \"" + pin.round()
                                + "\", this is pin number " + taken + " there (H3)");
            }
        }
    }

    private static String againstData(Problem problem, Rule rule, int t, int a) {
        String organisation = problem.assignment(a).organisation();
        return switch (rule) {
            case H1 -> "the trainee is not to be placed in this round (H1)";
            case H2 -> "the assignment is not offered in this round (H2)";
            case H4 -> "the trainee was at organisation \"" + organisation + "\" before (H4)";
            case H5 -> "the trainee excluded organisation \"" + organisation + "\" (H5)";
            case H6 ->
                "the assignment is " + Math.round(problem.distanceKm(t, a)) + " km from the trainee's home,"
                        + " beyond the limit of " + Words.km(problem.trainee(t).maxTravelKm()) + " km (H6)";
            default -> "breaks " + rule + ": " + rule.english();
        };
    }
}
