package nl.traineeplanner.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.RuleWords;

/**
 * Checks any plan — also one made by hand — against the hard rules H1–H7 and lists every broken rule, not only the
 * first. Every id in the placements must be known to the problem (see {@link PlanIds}).
 */
public final class RuleChecker {

    private RuleChecker() {}

    /** Every broken rule, ordered by rule (H1 first) and within a rule by the order of the plan. */
    public static List<Violation> check(Problem problem, List<Placement> placements) {
        List<Violation> violations = new ArrayList<>();
        for (Placement p : placements) {
            int t = problem.traineeIndex(p.trainee());
            int r = problem.roundIndex(p.round());
            int a = problem.assignmentIndex(p.assignment());
            for (Rule broken : problem.brokenRules(t, r, a)) {
                violations.add(Violation.single(
                        Violation.Kind.ofSinglePlacement(broken),
                        p,
                        problem.assignment(a).organisation(),
                        RuleWords.distanceKm(problem, t, a),
                        problem.trainee(t).maxTravelKm()));
            }
        }
        oneAssignmentPerRound(placements, violations);
        capacity(problem, placements, violations);
        differentOrganisations(problem, placements, violations);
        pinsPresent(problem, placements, violations);
        violations.sort(Comparator.comparing(Violation::rule));
        return violations;
    }

    // H1: a trainee has at most one placement per round.
    private static void oneAssignmentPerRound(List<Placement> placements, List<Violation> violations) {
        Map<List<String>, List<String>> byTraineeRound = new LinkedHashMap<>();
        for (Placement p : placements) {
            byTraineeRound
                    .computeIfAbsent(List.of(p.trainee(), p.round()), k -> new ArrayList<>())
                    .add(p.assignment());
        }
        byTraineeRound.forEach((key, assignments) -> {
            if (assignments.size() > 1) {
                violations.add(Violation.twoInOneRound(key.get(0), key.get(1), assignments));
            }
        });
    }

    // H3: in each round, an assignment takes at most its capacity.
    private static void capacity(Problem problem, List<Placement> placements, List<Violation> violations) {
        Map<List<String>, List<String>> byAssignmentRound = new LinkedHashMap<>();
        for (Placement p : placements) {
            byAssignmentRound
                    .computeIfAbsent(List.of(p.assignment(), p.round()), k -> new ArrayList<>())
                    .add(p.trainee());
        }
        byAssignmentRound.forEach((key, trainees) -> {
            int a = problem.assignmentIndex(key.get(0));
            if (!problem.withinCapacity(a, trainees.size())) {
                violations.add(Violation.overCapacity(
                        key.get(0), key.get(1), problem.assignment(a).capacity(), trainees));
            }
        });
    }

    // H4: all organisations of one trainee are different (history against single placements is checked above).
    private static void differentOrganisations(
            Problem problem, List<Placement> placements, List<Violation> violations) {
        for (int i = 0; i < placements.size(); i++) {
            Placement first = placements.get(i);
            for (int j = i + 1; j < placements.size(); j++) {
                Placement second = placements.get(j);
                if (first.trainee().equals(second.trainee())
                        && !first.equals(second)
                        && problem.sameOrganisation(
                                problem.assignmentIndex(first.assignment()),
                                problem.assignmentIndex(second.assignment()))) {
                    violations.add(Violation.organisationTwice(first, second, organisation(problem, first)));
                }
            }
        }
    }

    // H7: every pin is part of the plan.
    private static void pinsPresent(Problem problem, List<Placement> placements, List<Violation> violations) {
        Set<Placement> planned = new HashSet<>(placements);
        for (Placement pin : problem.instance().pinned()) {
            if (!planned.contains(pin)) {
                violations.add(Violation.pinMissing(pin));
            }
        }
    }

    private static String organisation(Problem problem, Placement p) {
        return problem.assignment(problem.assignmentIndex(p.assignment())).organisation();
    }
}
