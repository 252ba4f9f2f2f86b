package nl.traineeplanner.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.PlanIds;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traineeplanner check}: validates any plan against H1–H7, recomputes every cost term and prints them beside
 * the plan's own figures. Exit 0 when every rule holds and every stated figure matches, 1 otherwise, 2 for invalid
 * input.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Checks a plan (also one made by hand) against the hard rules and recomputes its cost.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json", description = "the instance the plan is for")
    Path instanceFile;

    @Parameters(index = "1", paramLabel = "PLAN.json", description = "the plan to check")
    Path planFile;

    @Override
    public Integer call() {
        // Both files are read before giving up, so that every problem of both is reported at once.
        List<String> problems = new ArrayList<>();
        Instance instance = null;
        Plan plan = null;
        try {
            instance = InstanceReader.read(instanceFile);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            plan = PlanReader.read(planFile);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Problem problem = new Problem(instance);
        PlanIds.requireKnown(problem, plan.placements(), String.valueOf(planFile.getFileName()));

        List<Violation> violations = RuleChecker.check(problem, plan.placements());
        Scorer.Score score = Scorer.score(problem, plan.placements());
        CheckReport report = new CheckReport(violations, score.cost(), plan);
        report.print(
                spec.commandLine().getOut(),
                String.valueOf(planFile.getFileName()),
                String.valueOf(instanceFile.getFileName()));
        spec.commandLine().getOut().flush();
        return report.allFine() ? 0 : 1;
    }
}
