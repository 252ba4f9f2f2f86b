package nl.traineeplanner.engine.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.RuleWords;
import nl.traineeplanner.engine.explain.Text;

/**
 * Finds pins that break H1–H6, against the data or between themselves: a pinned plan that no solver can keep is an
 * invalid instance, not an unplaceable trainee. The reader refuses such an instance; a what-if asks the same question
 * of a pin it would add. Needs pins whose ids are all known to the problem.
 */
public final class PinChecks {

    private PinChecks() {}

    static void check(Instance instance, InputProblems problems) {
        List<Placement> pins = instance.pinned();
        for (PinConflict conflict : conflicts(new Problem(instance), pins)) {
            Placement pin = pins.get(conflict.pin());
            String item = "pinned[" + conflict.pin() + "] (trainee \"" + pin.trainee() + "\", round \"" + pin.round()
                    + "\", assignment \"" + pin.assignment() + "\")";
            problems.add(item, conflict.field(), conflict.text().en());
        }
    }

    /**
     * Every conflict of the pins, each blamed on the later pin of a clashing pair; empty when the pins keep H1–H6. The
     * pins need not be the problem's own, so that a pin can be tried before it is added.
     */
    public static List<PinConflict> conflicts(Problem problem, List<Placement> pins) {
        List<PinConflict> conflicts = new ArrayList<>();
        Map<String, Integer> pinOfTraineeRound = new HashMap<>();
        Map<String, List<String>> pinnedInAssignmentRound = new HashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            Placement pin = pins.get(i);
            int t = problem.traineeIndex(pin.trainee());
            int r = problem.roundIndex(pin.round());
            int a = problem.assignmentIndex(pin.assignment());
            String organisation = problem.assignment(a).organisation();

            for (Rule broken : problem.brokenRules(t, r, a)) {
                conflicts.add(new PinConflict(
                        i, broken == Rule.H1 ? "round" : "assignment", broken, againstData(problem, broken, t, a)));
            }
            // H1: at most one placement per round, so at most one pin.
            Integer earlier = pinOfTraineeRound.putIfAbsent(pin.trainee() + "\n" + pin.round(), i);
            if (earlier != null) {
                conflicts.add(new PinConflict(
                        i,
                        "round",
                        Rule.H1,
                        RuleWords.pinnedTwiceInRound(pins.get(earlier).assignment(), earlier)));
            }
            // H4: all organisations of one trainee are different, pins included.
            int sameOrganisation = firstPinAtSameOrganisation(problem, pins, i);
            if (sameOrganisation >= 0 && !pins.get(sameOrganisation).round().equals(pin.round())) {
                conflicts.add(new PinConflict(
                        i, "assignment", Rule.H4, RuleWords.pinnedTwiceAtOrganisation(organisation, sameOrganisation)));
            }
            // H3: pins alone must not fill an assignment beyond its capacity.
            List<String> pinned = pinnedInAssignmentRound.computeIfAbsent(
                    pin.assignment() + "\n" + pin.round(), k -> new ArrayList<>());
            int taken = pinned.size() + 1;
            int capacity = problem.assignment(a).capacity();
            String before = String.join(", ", pinned);
            pinned.add(pin.trainee());
            if (!problem.withinCapacity(a, taken)) {
                conflicts.add(new PinConflict(
                        i,
                        "assignment",
                        Rule.H3,
                        RuleWords.pinnedOverCapacity(pin.assignment(), pin.round(), capacity, taken, before)));
            }
        }
        return conflicts;
    }

    /** The first pin before pins[i] of the same trainee at the same organisation (H4), or -1. */
    private static int firstPinAtSameOrganisation(Problem problem, List<Placement> pins, int i) {
        Placement pin = pins.get(i);
        int a = problem.assignmentIndex(pin.assignment());
        for (int j = 0; j < i; j++) {
            Placement earlier = pins.get(j);
            if (earlier.trainee().equals(pin.trainee())
                    && problem.sameOrganisation(problem.assignmentIndex(earlier.assignment()), a)) {
                return j;
            }
        }
        return -1;
    }

    private static Text againstData(Problem problem, Rule rule, int t, int a) {
        return RuleWords.forPin(problem, rule, t, a);
    }
}
