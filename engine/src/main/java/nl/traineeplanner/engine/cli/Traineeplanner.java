package nl.traineeplanner.engine.cli;

import java.util.concurrent.Callable;
import nl.traineeplanner.engine.bench.BenchCommand;
import nl.traineeplanner.engine.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line of the engine: {@code traineeplanner plan INSTANCE.json [-o PLAN.json] [--time-limit SECONDS]}
 * and {@code traineeplanner check INSTANCE.json PLAN.json} (spec section 5), {@code traineeplanner whatif
 * INSTANCE.json --trainee T --round R [--assignment A]} and {@code traineeplanner bench} (see {@link BenchCommand}).
 * Exit codes: 0 success; 1 {@code check} found a broken rule or a differing cost, or the placement asked about by
 * {@code whatif} breaks a hard rule; 2 invalid input (a message names file, item and field) or a wrong command line;
 * 3 an internal error of the engine.
 */
@Command(
        name = "traineeplanner",
        mixinStandardHelpOptions = true,
        version = "traineeplanner engine 0.1",
        description = "Plans traineeship placements, checks plans, answers what-if questions and benches the optimiser"
                + " (traineeplanner/instance@1, plan@1).",
        subcommands = {
            PlanCommand.class,
            CheckCommand.class,
            WhatIfCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Traineeplanner implements Callable<Integer> {

    /** Exit code for input the engine refuses, and for a wrong command line. */
    public static final int INVALID_INPUT = 2;

    /** Exit code for a fault of the engine itself. */
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with every subcommand; tests run it in-process with their own output writers.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Traineeplanner());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                invalid.problems().forEach(cl.getErr()::println);
                cl.getErr().flush();
                return INVALID_INPUT;
            }
            cl.getErr().println("internal error: " + e);
            e.printStackTrace(cl.getErr());
            cl.getErr().flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID_INPUT;
    }
}
