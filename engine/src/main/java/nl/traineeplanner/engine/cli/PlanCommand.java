package nl.traineeplanner.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanWriter;
import nl.traineeplanner.engine.solve.Optimiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traineeplanner plan}: solves an instance and writes the plan (stdout without {@code -o}). */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Makes the best plan for an instance. Progress and a summary go to stderr.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json", description = "the instance to plan")
    Path instanceFile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PLAN.json",
            description = "where to write the plan; stdout when left out")
    Path output;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description =
                    "stop searching after this many seconds and report the best plan with its bound (default: ${DEFAULT-VALUE})")
    double timeLimitSeconds;

    @Override
    public Integer call() {
        if (!(timeLimitSeconds > 0) || Double.isInfinite(timeLimitSeconds)) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds");
        }
        PrintWriter err = spec.commandLine().getErr();
        Instance instance = InstanceReader.read(instanceFile);
        Problem problem = new Problem(instance);
        Optimiser.Options options = new Optimiser.Options(
                Duration.ofMillis(Math.round(timeLimitSeconds * 1000)), (objective, bound, millis) -> {
                    err.println("  " + millis + " ms: objective " + objective + ", bound " + bound);
                    err.flush();
                });
        Optimiser.Result result = Optimiser.solve(problem, options);
        Plan plan = PlanBuilder.build(problem, result);
        // The optimiser promises a plan that keeps every rule; say so loudly if it does not.
        for (Violation v : RuleChecker.check(problem, plan.placements())) {
            err.println("warning: the plan breaks " + v.rule() + ": " + v.english());
        }
        String json = PlanWriter.toJson(plan);
        if (output == null) {
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
        } else {
            try {
                PlanWriter.write(plan, output);
            } catch (IOException e) {
                throw new InvalidInputException(output + ": cannot be written: " + e.getMessage());
            }
        }
        err.println(plan.status() + ": objective " + plan.objective() + ", bound " + plan.bound() + ", gap "
                + plan.gap() + String.format(Locale.ROOT, " (%.2f%%)", plan.gapPercent()) + ", "
                + plan.placements().size() + " placements, " + plan.unplaced().size() + " unplaced, "
                + plan.blockingPairs().size() + " blocking pairs, " + plan.solveMillis() + " ms");
        err.flush();
        return 0;
    }
}
