package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.cli.Traineeplanner;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code traineeplanner bench} in-process on generated instances and on instance files. */
class BenchCommandTests {

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    /** Runs {@code traineeplanner bench ARGS} in-process, as the launcher would. */
    private int run(String... args) {
        CommandLine cli = Traineeplanner.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "bench";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return cli.execute(withCommand);
    }

    private List<String> lines() {
        return Arrays.asList(out.toString().split("\\R"));
    }

    @Test
    void printsOneRowPerMethodForTheSmallestSize() {
        int exit = run("--sizes", "24", "--time-limit", "1");

        assertThat(exit).isZero();
        assertThat(lines())
                .filteredOn(l -> l.startsWith("== generated-24-seed1"))
                .hasSize(1);
        for (String method : List.of("optimiser", "serial-dictatorship", "deferred-acceptance")) {
            assertThat(lines()).filteredOn(l -> l.startsWith(method + " ")).hasSize(1);
        }
    }

    @Test
    void benchesOnlyTheInstanceFilesWhenNoSizesAreGiven() {
        int exit = run("--instances", InstanceBuilder.example("small-12.json").toString(), "--time-limit", "5");

        assertThat(exit).isZero();
        assertThat(lines())
                .filteredOn(l -> l.startsWith("== "))
                .singleElement()
                .asString()
                .startsWith("== small-12: 12 trainees,");
        for (String method : List.of("optimiser", "serial-dictatorship", "deferred-acceptance")) {
            assertThat(lines()).filteredOn(l -> l.startsWith(method + " ")).hasSize(1);
        }
        // small-12's proven optimum (docs/planning.md), found within the limit and marked proven
        assertThat(lines()).anyMatch(l -> l.matches("optimiser \\*\\s.*\\s3718\\s.*"));
    }

    @Test
    void benchesGeneratedSizesAndInstanceFilesTogether() {
        int exit = run(
                "--sizes",
                "24",
                "--instances",
                InstanceBuilder.example("small-12.json").toString(),
                "--time-limit",
                "1",
                "--json");

        assertThat(exit).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(out.toString());
        assertThat(rows.size()).isEqualTo(6);
        assertThat(rows.get(0).get("instance").asString()).isEqualTo("generated-24-seed1");
        assertThat(rows.get(3).get("instance").asString()).isEqualTo("small-12");
        assertThat(rows.get(3).get("trainees").asInt()).isEqualTo(12);
    }

    @Test
    void refusesAnInvalidInstanceFileWithExitCode2(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"traineeplanner/instance@1\"}");

        assertThat(run("--instances", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json: instance, field \"rounds\": is missing");
    }

    @Test
    void printsJsonWithOneEntryPerMethodAndBaselinesKeepingTheRules() {
        int exit = run("--sizes", "24", "--time-limit", "1", "--json", "--seed", "3");

        assertThat(exit).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(out.toString());
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(0).get("method").asString()).isEqualTo("optimiser");
        for (int i = 1; i < 3; i++) {
            assertThat(rows.get(i).get("trainees").asInt()).isEqualTo(24);
            assertThat(rows.get(i).get("brokenRules").asInt()).isZero();
            assertThat(rows.get(i).get("unplaced").asInt()).isZero();
        }
    }

    @Test
    void writesTheGeneratedInstanceInTheInstanceFormat(@TempDir Path dir) throws Exception {
        int exit = run("--sizes", "24", "--time-limit", "1", "--write", dir.toString());

        assertThat(exit).isZero();
        Path file = dir.resolve("generated-24-seed1.json");
        assertThat(file).exists();
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.get("format").asString()).isEqualTo("traineeplanner/instance@1");
        assertThat(root.get("trainees").size()).isEqualTo(24);
        assertThat(root.get("rounds").size()).isEqualTo(3);
        assertThat(root.get("pinned").size()).isEqualTo(2);
        // the instance reader takes it back unchanged, defaults and all
        assertThat(InstanceReader.read(file)).isEqualTo(InstanceGenerator.generate(24, 1));
    }

    @Test
    void defaultTimeLimitGrowsWithTheSize() {
        assertThat(BenchCommand.defaultTimeLimit(24)).hasSeconds(10);
        assertThat(BenchCommand.defaultTimeLimit(300)).hasSeconds(10);
        assertThat(BenchCommand.defaultTimeLimit(2000)).hasSeconds(60);
        assertThat(BenchCommand.defaultTimeLimit(10_000)).hasSeconds(120);
    }

    @Test
    void rejectsASizeThatIsNotANumber() {
        assertThat(run("--sizes", "many")).isEqualTo(2);
    }

    @Test
    void benchesEveryFamilyInOneTableAndEveryPlanKeepsEveryRule() {
        int exit = run("--families", "--sizes", "100", "--seeds", "1", "--time-limit", "1");

        assertThat(exit).isZero();
        assertThat(lines())
                .filteredOn(l -> l.startsWith("family "))
                .singleElement()
                .asString()
                .contains(
                        "status",
                        "objective",
                        "bound",
                        "gap",
                        "time used/given",
                        "CPU s",
                        "RSS MB",
                        "deferred",
                        "better",
                        "broken");
        for (InstanceFamily family : InstanceFamily.ALL) {
            assertThat(lines())
                    .filteredOn(l -> l.startsWith(family.name() + " "))
                    .singleElement()
                    .asString()
                    // family, size, seed, status ... time of the limit ... 0 offences against the rules
                    .matches(family.name() + "\\s+100\\s+1\\s+(OPTIMAL|FEASIBLE)\\s.*/ 1 s\\s.*\\s0");
        }
        assertThat(lines()).contains("Every plan keeps every rule (the engine's rule checker, H1-H7).");
    }

    @Test
    void benchesTheFamiliesSizesAndSeedsAskedForAsJson() {
        int exit = run(
                "--families", "unseen,one-round", "--sizes", "24", "--seeds", "1,2", "--time-limits", "24=2", "--json");

        assertThat(exit).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(out.toString());
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.get(0).get("family").asString()).isEqualTo("unseen");
        assertThat(rows.get(1).get("seed").asLong()).isEqualTo(2);
        assertThat(rows.get(3).get("family").asString()).isEqualTo("one-round");
        for (JsonNode row : rows) {
            assertThat(row.get("trainees").asInt()).isEqualTo(24);
            assertThat(row.get("limitSeconds").asLong()).isEqualTo(2);
            assertThat(row.get("brokenRules").asInt()).isZero();
            assertThat(row.get("objective").asLong())
                    .isGreaterThanOrEqualTo(row.get("bound").asLong());
            // the optimiser never returns a plan worse than deferred acceptance's on these small instances
            assertThat(row.get("objective").asLong())
                    .isLessThanOrEqualTo(row.get("deferredAcceptance").asLong());
        }
    }

    @Test
    void refusesAnUnknownFamily() {
        assertThat(run("--families", "zipf", "--sizes", "24")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown family \"zipf\"");
    }

    @Test
    void writesTheFamilyInstancesItBenches(@TempDir Path dir) throws Exception {
        int exit = run(
                "--families",
                "travel",
                "--sizes",
                "24",
                "--seeds",
                "3",
                "--time-limit",
                "1",
                "--write",
                dir.toString());

        assertThat(exit).isZero();
        assertThat(InstanceReader.read(dir.resolve("travel-24-seed3.json")))
                .isEqualTo(InstanceGenerator.generate(InstanceFamily.TRAVEL, 24, 3));
    }
}
