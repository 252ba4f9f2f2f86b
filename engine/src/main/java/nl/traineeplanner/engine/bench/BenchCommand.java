package nl.traineeplanner.engine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.solve.Optimiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code traineeplanner bench}: runs the optimiser, serial dictatorship and deferred acceptance on generated instances
 * of the given sizes and on instance files, printing time, peak heap, score and fairness figures side by side (or
 * JSON). With {@code --instances} and without {@code --sizes} only the files are benched. With {@code --families}
 * it benches generated families of instances instead, one line per family, size and seed (see
 * {@link InstanceFamily}, {@link FamilyBench}).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Compares the optimiser with two baselines on generated instances and instance files.")
public final class BenchCommand implements Callable<Integer> {

    private static final String DEFAULT_SIZES = "24,300,2000,10000";
    private static final String DEFAULT_FAMILY_SIZES = "100,300,2000,10000";
    private static final String DEFAULT_SEEDS = "1,2,3";
    private static final String ALL_FAMILIES = "all";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "SIZE",
            description = "Numbers of trainees of the generated instances (default: " + DEFAULT_SIZES
                    + ", none when --instances is given).")
    private List<Integer> sizes;

    @Option(
            names = "--instances",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Instance files (traineeplanner/instance@1) to bench after the generated ones.")
    private List<Path> instanceFiles = new ArrayList<>();

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

    @Option(
            names = "--families",
            arity = "0..1",
            fallbackValue = ALL_FAMILIES,
            paramLabel = "NAME[,NAME...]",
            description = "Bench generated families of instances instead, in one table: all of them (standard,"
                    + " heavy-tail, one-round, history, travel, unranked, unseen) or the ones named; sizes"
                    + " default to " + DEFAULT_FAMILY_SIZES + ", seeds to " + DEFAULT_SEEDS + ".")
    private String families;

    @Option(
            names = "--seeds",
            split = ",",
            paramLabel = "SEED",
            description = "Seeds of the family instances (with --families; default: " + DEFAULT_SEEDS + ").")
    private List<Long> seeds;

    @Option(
            names = "--time-limits",
            split = ",",
            paramLabel = "SIZE=SECONDS",
            description = "Time limit per size (with --families), e.g. 300=10,2000=60; other sizes take --time-limit"
                    + " or the default.")
    private Map<Integer, Integer> timeLimitsBySize = new HashMap<>();

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    private boolean json;

    @Option(
            names = "--write",
            paramLabel = "DIR",
            description = "Also write each generated instance to DIR as generated-SIZE-seedSEED.json.")
    private Path writeDirectory;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // the solver's native libraries load once per process: not part of any instance's time
        Optimiser.loadSolver();
        if (families != null) {
            return benchFamilies(out);
        }
        List<BenchRow> all = new ArrayList<>();
        for (int size : sizesToGenerate()) {
            String name = "generated-" + size + "-seed" + seed;
            long started = System.nanoTime();
            Instance instance = InstanceGenerator.generate(size, seed);
            long generatedMillis = (System.nanoTime() - started) / 1_000_000;
            if (writeDirectory != null) {
                Files.createDirectories(writeDirectory);
                InstanceWriter.write(instance, writeDirectory.resolve(name + ".json"));
            }
            all.addAll(bench(out, name, instance, "generated in " + generatedMillis + " ms"));
        }
        for (Path file : instanceFiles) {
            long started = System.nanoTime();
            Instance instance = InstanceReader.read(file);
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            String name = String.valueOf(file.getFileName()).replaceFirst("\\.json$", "");
            all.addAll(bench(out, name, instance, "read in " + readMillis + " ms"));
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

    /** One table over every family, size and seed; exit code 1 when a plan breaks a rule. */
    private int benchFamilies(PrintWriter out) throws IOException {
        List<InstanceFamily> chosen = chosenFamilies();
        List<Integer> familySizes = sizes != null ? sizes : parse(DEFAULT_FAMILY_SIZES, Integer::valueOf);
        List<Long> familySeeds = seeds != null ? seeds : parse(DEFAULT_SEEDS, Long::valueOf);
        if (!json) {
            FamilyBench.printHeader(out);
        }
        List<FamilyRow> rows = new ArrayList<>();
        for (InstanceFamily family : chosen) {
            for (int size : familySizes) {
                for (long familySeed : familySeeds) {
                    if (writeDirectory != null) {
                        Files.createDirectories(writeDirectory);
                        InstanceWriter.write(
                                FamilyBench.validInstance(family, size, familySeed),
                                writeDirectory.resolve(family.name() + "-" + size + "-seed" + familySeed + ".json"));
                    }
                    FamilyRow row = FamilyBench.run(family, size, familySeed, timeLimit(size));
                    rows.add(row);
                    if (!json) {
                        FamilyBench.printRow(out, row);
                    }
                }
            }
        }
        if (json) {
            out.println(JsonMapper.builder()
                    .build()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(rows));
        } else {
            FamilyBench.printFooter(out, rows);
        }
        out.flush();
        return rows.stream().anyMatch(r -> r.brokenRules() > 0) ? 1 : 0;
    }

    private List<InstanceFamily> chosenFamilies() {
        if (families.isBlank() || families.equals(ALL_FAMILIES)) {
            return InstanceFamily.ALL;
        }
        List<InstanceFamily> chosen = new ArrayList<>();
        for (String name : families.split(",")) {
            try {
                chosen.add(InstanceFamily.byName(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return chosen;
    }

    private static <T> List<T> parse(String list, Function<String, T> parser) {
        return Arrays.stream(list.split(",")).map(parser).toList();
    }

    private List<Integer> sizesToGenerate() {
        if (sizes != null) {
            return sizes;
        }
        if (!instanceFiles.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(DEFAULT_SIZES.split(",")).map(Integer::valueOf).toList();
    }

    private List<BenchRow> bench(PrintWriter out, String name, Instance instance, String loaded) {
        Problem problem = new Problem(instance);
        Duration limit = timeLimit(problem.traineeCount());
        List<BenchRow> rows = BenchRunner.run(name, problem, limit, seed);
        if (!json) {
            BenchTable.printHeader(out, name, describe(problem, limit, loaded));
            BenchTable.printRows(out, rows);
        }
        return rows;
    }

    private Duration timeLimit(int trainees) {
        Integer bySize = timeLimitsBySize.get(trainees);
        if (bySize != null) {
            return Duration.ofSeconds(bySize);
        }
        return timeLimitSeconds != null ? Duration.ofSeconds(timeLimitSeconds) : defaultTimeLimit(trainees);
    }

    /** 10 s up to 300 trainees, 60 s up to 2,000, 120 s beyond. */
    static Duration defaultTimeLimit(int trainees) {
        return Duration.ofSeconds(trainees <= 300 ? 10 : trainees <= 2000 ? 60 : 120);
    }

    private static String describe(Problem problem, Duration limit, String loaded) {
        return String.format(
                Locale.ROOT,
                "%d trainees, %d assignments, %d organisations, %d rounds, %s, time limit %d s",
                problem.traineeCount(),
                problem.assignmentCount(),
                problem.organisationCount(),
                problem.roundCount(),
                loaded,
                limit.toSeconds());
    }
}
