package nl.traineeplanner.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.check.PlanIds;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanReader;
import nl.traineeplanner.engine.solve.Optimiser;
import nl.traineeplanner.engine.whatif.WhatIf;
import nl.traineeplanner.engine.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traineeplanner whatif}: what does it cost to give a trainee an assignment (by default its first choice) in a
 * round? Solves the instance (or takes a given base plan), solves it again with that placement pinned and prints the
 * difference and who moves.
 * Exit 0 with an answer, 1 when the placement breaks a hard rule (the rule is printed, nothing is solved), 2 for
 * invalid input.
 */
@Command(
        name = "whatif",
        mixinStandardHelpOptions = true,
        description = "Shows what giving a trainee an assignment in a round costs, and which trainees move.")
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json", description = "the instance to plan")
    Path instanceFile;

    @Option(names = "--trainee", required = true, paramLabel = "T", description = "the trainee")
    String trainee;

    @Option(names = "--round", required = true, paramLabel = "R", description = "the round")
    String round;

    @Option(
            names = "--assignment",
            paramLabel = "A",
            description = "the assignment to give; the trainee's first choice for the round when left out")
    String assignment;

    @Option(
            names = "--plan",
            paramLabel = "PLAN.json",
            description = "the base plan to compare with; the instance is solved afresh when left out")
    Path planFile;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "time limit of each of the two solves (default: ${DEFAULT-VALUE})")
    double timeLimitSeconds;

    @Override
    public Integer call() {
        if (!(timeLimitSeconds > 0) || Double.isInfinite(timeLimitSeconds)) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = new Problem(InstanceReader.read(instanceFile));
        Placement forced = WhatIf.placement(problem, trainee, round, assignment);
        List<Text> refusals = WhatIf.refusals(problem, forced);
        if (!refusals.isEmpty()) {
            WhatIfReport.printRefused(out, forced, refusals);
            out.flush();
            return 1;
        }
        Optimiser.Options options = new Optimiser.Options(
                Duration.ofMillis(Math.round(timeLimitSeconds * 1000)), Optimiser.ProgressListener.NONE);
        PrintWriter err = spec.commandLine().getErr();
        Plan base;
        if (planFile != null) {
            base = basePlan(problem);
        } else {
            err.println("solving the base plan ...");
            err.flush();
            base = PlanBuilder.build(problem, Optimiser.solve(problem, options));
        }
        err.println(
                "solving with " + forced.trainee() + " at " + forced.assignment() + " in " + forced.round() + " ...");
        err.flush();
        WhatIfResult result = WhatIf.force(problem, base, forced, options);
        WhatIfReport.print(out, result);
        out.flush();
        return 0;
    }

    /** The given base plan, which must name known ids and keep every hard rule for the comparison to mean anything. */
    private Plan basePlan(Problem problem) {
        Plan plan = PlanReader.read(planFile);
        String name = String.valueOf(planFile.getFileName());
        PlanIds.requireKnown(problem, plan.placements(), name);
        List<Violation> violations = RuleChecker.check(problem, plan.placements());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> name + ": breaks " + v.rule() + ": " + v.english())
                    .toList());
        }
        return plan;
    }
}
