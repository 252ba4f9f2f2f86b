package nl.traineeplanner.engine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench}: generates instances of the given sizes and runs the optimiser, serial dictatorship and
 * deferred acceptance on each, printing time, peak heap, score and fairness figures side by side (or JSON).
 * Runs inside the command line or on its own through {@link #main}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Compares the optimiser with two baselines on generated instances.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "24,300,2000,10000",
            description = "Numbers of trainees of the generated instances (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            description = "Optimiser time limit; default 10 s up to 300 trainees, 60 s up to 2,000, else 120 s.")
    private Integer timeLimitSeconds;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the generator, the optimiser and serial dictatorship (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    private boolean json;

    @Option(
            names = "--write",
            paramLabel = "DIR",
            description = "Also write each generated instance to DIR as generated-SIZE-seedSEED.json.")
    private Path writeDirectory;

    /** Runs the bench on its own, outside the traineeplanner command line. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchRow> all = new ArrayList<>();
        for (int size : sizes) {
            String name = "generated-" + size + "-seed" + seed;
            long started = System.nanoTime();
            Instance instance = InstanceGenerator.generate(size, seed);
            long generatedMillis = (System.nanoTime() - started) / 1_000_000;
            if (writeDirectory != null) {
                Files.createDirectories(writeDirectory);
                InstanceJson.write(instance, writeDirectory.resolve(name + ".json"));
            }
            Problem problem = new Problem(instance);
            Duration limit = timeLimit(size);
            List<BenchRow> rows = BenchRunner.run(name, problem, limit, seed);
            if (!json) {
                BenchTable.printHeader(out, name, describe(problem, limit, generatedMillis));
                BenchTable.printRows(out, rows);
            }
            all.addAll(rows);
        }
        if (json) {
            out.println(JsonMapper.builder()
                    .build()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(all));
        } else {
            BenchTable.printLegend(out);
        }
        out.flush();
        return 0;
    }

    private Duration timeLimit(int trainees) {
        return timeLimitSeconds != null ? Duration.ofSeconds(timeLimitSeconds) : defaultTimeLimit(trainees);
    }

    /** 10 s up to 300 trainees, 60 s up to 2,000, 120 s beyond. */
    static Duration defaultTimeLimit(int trainees) {
        return Duration.ofSeconds(trainees <= 300 ? 10 : trainees <= 2000 ? 60 : 120);
    }

    private static String describe(Problem problem, Duration limit, long generatedMillis) {
        return String.format(
                Locale.ROOT,
                "%d trainees, %d assignments, %d organisations, %d rounds, generated in %d ms, time limit %d s",
                problem.traineeCount(),
                problem.assignmentCount(),
                problem.organisationCount(),
                problem.roundCount(),
                generatedMillis,
                limit.toSeconds());
    }
}
