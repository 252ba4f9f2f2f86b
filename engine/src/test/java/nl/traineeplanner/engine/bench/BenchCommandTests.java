package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchCommandTests {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        return cli.execute(args);
    }

    @Test
    void printsOneRowPerMethodForTheSmallestSize() {
        int exit = run("--sizes", "24", "--time-limit", "1");

        assertThat(exit).isZero();
        List<String> lines = Arrays.asList(out.toString().split("\\R"));
        assertThat(lines).filteredOn(l -> l.startsWith("== generated-24-seed1")).hasSize(1);
        for (String method : List.of("optimiser", "serial-dictatorship", "deferred-acceptance")) {
            assertThat(lines).filteredOn(l -> l.startsWith(method + " ")).hasSize(1);
        }
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
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(new StringWriter()));

        assertThat(cli.execute("--sizes", "many")).isEqualTo(2);
    }
}
