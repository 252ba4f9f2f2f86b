package nl.traineeplanner.engine.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.io.PinChecks;
import nl.traineeplanner.engine.io.PinConflict;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.solve.Optimiser;

/**
 * Answers "what does it cost to give trainee T assignment A in round R?": the placement is added as a pin, the
 * problem is solved again and the new plan is compared with the base plan — the difference in points, in total and
 * per cost term, and every other placement that changes. A placement that breaks H1–H6 against the data or the
 * instance's pins is refused with the reason, without solving. Both plans are scored by the one {@link Scorer}.
 *
 * <p>Where several plans share the best score the re-solve may pick another one of them; trainees whose base
 * placements cost nothing to restore are moved back ({@link StayPut}), so the moves shown are the ones the forced
 * placement needs, as far as restoring one trainee or one swap at a time can tell. The difference in points is exact
 * whenever both plans are proven optimal.
 */
public final class WhatIf {

    private WhatIf() {}

    /** Gives the trainee the assignment in the round, re-solving with the optimiser. */
    public static WhatIfResult force(Problem problem, Plan basePlan, Placement forced, Optimiser.Options options) {
        return force(problem, basePlan, forced, p -> Optimiser.solve(p, options));
    }

    /** Gives the trainee its first choice for the round, re-solving with the optimiser. */
    public static WhatIfResult firstChoice(
            Problem problem, Plan basePlan, String trainee, String round, Optimiser.Options options) {
        return force(problem, basePlan, placement(problem, trainee, round, null), options);
    }

    /** {@link #firstChoice(Problem, Plan, String, String, Optimiser.Options)} with the optimiser's defaults. */
    public static WhatIfResult firstChoice(Problem problem, Plan basePlan, String trainee, String round) {
        return firstChoice(problem, basePlan, trainee, round, Optimiser.Options.defaults());
    }

    /**
     * The placement to ask about: the given assignment, or without one the trainee's first choice among the
     * assignments offered in the round.
     *
     * @param assignment the assignment id, or null for the trainee's first choice
     * @throws InvalidInputException when an id is unknown, or no assignment is given and the trainee ranked nothing
     *     offered in the round
     */
    public static Placement placement(Problem problem, String trainee, String round, String assignment) {
        Placement asked = new Placement(trainee, round, assignment);
        requireKnown(problem, asked);
        if (assignment != null) {
            return asked;
        }
        int[] ranked = problem.ranked(problem.traineeIndex(trainee), problem.roundIndex(round));
        if (ranked.length == 0) {
            throw new InvalidInputException("trainee \"" + trainee + "\" ranked no assignment offered in round \""
                    + round + "\", so there is no first choice: name an assignment");
        }
        return new Placement(trainee, round, problem.assignment(ranked[0]).id());
    }

    static WhatIfResult force(
            Problem problem, Plan basePlan, Placement forced, Function<Problem, Optimiser.Result> solver) {
        requireKnown(problem, forced);
        Map<List<String>, String> base = byTraineeRound(basePlan.placements());
        String previous = base.get(List.of(forced.trainee(), forced.round()));
        Scorer.Score baseScore = Scorer.score(problem, basePlan.placements());
        boolean baseOptimal = basePlan.status() == Plan.Status.OPTIMAL;

        List<Placement> pins = new ArrayList<>(problem.instance().pinned());
        if (pins.contains(forced) || forced.assignment().equals(previous)) {
            // Already so: the base plan is the answer, and a re-solve could only swap in an equally good plan.
            return new WhatIfResult(
                    forced,
                    previous,
                    List.of(),
                    baseScore.cost(),
                    baseScore.cost(),
                    baseOptimal,
                    baseOptimal,
                    List.of(),
                    basePlan.placements());
        }
        pins.add(forced);
        List<Text> refusals = refusals(problem, forced);
        if (!refusals.isEmpty()) {
            return new WhatIfResult(
                    forced, previous, refusals, baseScore.cost(), null, baseOptimal, false, List.of(), List.of());
        }

        Problem pinned = new Problem(problem.instance().withPinned(pins));
        Optimiser.Result result = solver.apply(pinned);
        List<Placement> placements =
                StayPut.keepBaseWherePossible(problem, basePlan.placements(), result.placements(), forced);
        if (!RuleChecker.check(pinned, placements).isEmpty()) {
            placements = result.placements(); // a base plan that broke a rule: keep the solver's plan as it is
        }
        Scorer.Score forcedScore = Scorer.score(problem, placements);
        return new WhatIfResult(
                forced,
                previous,
                List.of(),
                baseScore.cost(),
                forcedScore.cost(),
                baseOptimal,
                result.optimal(),
                moves(problem, base, byTraineeRound(placements), forced),
                placements);
    }

    /**
     * Why the placement cannot be pinned: the hard rules (H1–H6) it breaks against the data or against the instance's
     * pins, in Dutch and English; empty when it can. Needs known ids.
     */
    public static List<Text> refusals(Problem problem, Placement forced) {
        List<Placement> pins = new ArrayList<>(problem.instance().pinned());
        if (pins.contains(forced)) {
            return List.of();
        }
        pins.add(forced);
        // The instance's own pins keep the rules (the reader checked them), so every conflict is the new pin's.
        return PinChecks.conflicts(problem, pins).stream()
                .filter(c -> c.pin() == pins.size() - 1)
                .map(PinConflict::text)
                .toList();
    }

    private static List<Move> moves(
            Problem problem, Map<List<String>, String> base, Map<List<String>, String> changed, Placement forced) {
        List<Move> moves = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            for (int r = 0; r < problem.roundCount(); r++) {
                String trainee = problem.trainee(t).id();
                String round = problem.round(r).id();
                List<String> key = List.of(trainee, round);
                String from = base.get(key);
                String to = changed.get(key);
                boolean isTheForcedOne = trainee.equals(forced.trainee()) && round.equals(forced.round());
                if (!isTheForcedOne && !Objects.equals(from, to)) {
                    moves.add(new Move(trainee, round, from, to));
                }
            }
        }
        return moves;
    }

    private static Map<List<String>, String> byTraineeRound(List<Placement> placements) {
        Map<List<String>, String> byTraineeRound = new HashMap<>();
        for (Placement p : placements) {
            byTraineeRound.put(List.of(p.trainee(), p.round()), p.assignment());
        }
        return byTraineeRound;
    }

    /** Unknown ids are invalid input, named like the command line's options. */
    private static void requireKnown(Problem problem, Placement p) {
        List<String> problems = new ArrayList<>();
        if (problem.traineeIndex(p.trainee()) < 0) {
            problems.add("--trainee: unknown trainee \"" + p.trainee() + "\"");
        }
        if (problem.roundIndex(p.round()) < 0) {
            problems.add("--round: unknown round \"" + p.round() + "\"");
        }
        if (p.assignment() != null && problem.assignmentIndex(p.assignment()) < 0) {
            problems.add("--assignment: unknown assignment \"" + p.assignment() + "\"");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
