package nl.traineeplanner.engine.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;

/**
 * Lists every hard rule (H1–H7) a set of placements breaks, one line per offence. Used to make sure the
 * baselines and the benchmark only compare plans that keep the rules; the single-placement rules come from
 * {@link Problem#whyNotAllowed}, so this class only adds the rules that concern several placements.
 */
public final class HardRuleCheck {

    private HardRuleCheck() {}

    /** The broken rules, empty when the placements keep H1–H7. */
    public static List<String> violations(Problem problem, List<Placement> placements) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> takenPerPlace = new HashMap<>();
        Map<String, String> roundOfOrganisation = new HashMap<>();
        Set<String> traineeRounds = new HashSet<>();
        for (Placement p : placements) {
            int t = problem.traineeIndex(p.trainee());
            int r = problem.roundIndex(p.round());
            int a = problem.assignmentIndex(p.assignment());
            if (t < 0 || r < 0 || a < 0) {
                found.add("unknown id in " + p);
                continue;
            }
            Rule single = problem.whyNotAllowed(t, r, a);
            if (single != null) {
                found.add(single + " " + p);
            }
            // H1: at most one placement per trainee and round.
            if (!traineeRounds.add(t + "/" + r)) {
                found.add(Rule.H1 + " second placement in the round: " + p);
            }
            // H3: at most capacity trainees per assignment and round.
            int taken = takenPerPlace.merge(a + "/" + r, 1, Integer::sum);
            if (taken == problem.assignment(a).capacity() + 1) {
                found.add(Rule.H3 + " over capacity: " + p);
            }
            // H4: the trainee's planned organisations differ from each other.
            String previous = roundOfOrganisation.putIfAbsent(t + "/" + problem.organisationOf(a), p.round());
            if (previous != null && !previous.equals(p.round())) {
                found.add(Rule.H4 + " organisation already planned in round " + previous + ": " + p);
            }
        }
        // H7: every pin is part of the plan.
        Set<Placement> planned = new HashSet<>(placements);
        for (Placement pin : problem.instance().pinned()) {
            if (!planned.contains(pin)) {
                found.add(Rule.H7 + " pin missing: " + pin);
            }
        }
        return found;
    }
}
