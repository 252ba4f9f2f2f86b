package nl.traineeplanner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Runs the command line in-process and looks at exit codes and output. */
class TraineeplannerTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Traineeplanner.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String small12() {
        return InstanceBuilder.example("small-12.json").toString();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A tiny instance whose one trainee is placed by hand without breaking a rule. */
    private Path tinyInstance() throws IOException {
        Instance instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1", t -> t.preferences("A2", "A1"))
                .build();
        return file("tiny.json", InstanceWriter.toJson(instance));
    }

    /** The proven optima of the examples (docs/planning.md); the plan's objective is also its score. */
    @ParameterizedTest
    @CsvSource({"small-12.json,3718", "medium-60.json,19105"})
    void planFindsTheProvenOptimumOfAnExampleAndCheckAcceptsIt(String example, long optimum) throws IOException {
        String instance = InstanceBuilder.example(example).toString();
        Path output = dir.resolve("plan.json");
        assertThat(run("plan", instance, "-o", output.toString(), "--time-limit", "60"))
                .isZero();
        Plan plan = PlanReader.read(output);
        assertThat(plan.status()).isEqualTo(Plan.Status.OPTIMAL);
        assertThat(plan.objective()).isEqualTo(optimum);
        assertThat(plan.bound()).isEqualTo(optimum);
        assertThat(plan.gap()).isZero();
        assertThat(plan.summary().unplacedPairs()).isZero();
        assertThat(plan.summary().blockingPairs())
                .isEqualTo(plan.blockingPairs().size());
        Problem problem = new Problem(InstanceReader.read(InstanceBuilder.example(example)));
        assertThat(Scorer.score(problem, plan.placements()).total()).isEqualTo(optimum);
        assertThat(plan.cost())
                .containsOnlyKeys(
                        "preference",
                        "host",
                        "travel",
                        "domainRepeat",
                        "programmeMissing",
                        "unplaced",
                        "unfilled",
                        "fairness");
        assertThat(err.toString()).contains("OPTIMAL: objective " + optimum);

        assertThat(run("check", instance, output.toString())).isZero();
        assertThat(out.toString()).contains("every rule kept").contains("all fine");
    }

    @Test
    void planWritesToStandardOutputWithoutOutputOption() throws IOException {
        assertThat(run("plan", tinyInstance().toString())).isZero();
        assertThat(PlanReader.read(out.toString(), "stdout").objective()).isNotNull();
    }

    @Test
    void planRefusesAnInvalidInstanceWithExitCode2() throws IOException {
        Path broken =
                file("broken.json", Files.readString(tinyInstance()).replace("\"capacity\" : 1", "\"capacity\" : 0"));
        assertThat(run("plan", broken.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("broken.json: assignments[0] (id \"A1\"), field \"capacity\": must be at least 1, is 0")
                .contains("broken.json: assignments[1] (id \"A2\"), field \"capacity\": must be at least 1, is 0");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void planRefusesANonPositiveTimeLimit() throws IOException {
        assertThat(run("plan", tinyInstance().toString(), "--time-limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--time-limit");
    }

    @Test
    void planNamesAMissingFile() {
        assertThat(run("plan", dir.resolve("nowhere.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere.json: no such file");
    }

    @Test
    void checkAcceptsAHandMadePlanThatKeepsEveryRule() throws IOException {
        Path plan = file("hand.json", """
                {"placements": [{"trainee": "T1", "round": "R1", "assignment": "A2"}]}
                """);
        assertThat(run("check", tinyInstance().toString(), plan.toString())).isZero();
        assertThat(out.toString())
                .contains("every rule kept")
                .containsPattern("preference\\s+0\\s+-")
                .containsPattern("programmeMissing\\s+0\\s+-")
                .contains("all fine");
    }

    @Test
    void checkListsEveryBrokenRuleOfAHandMadePlanForSmall12() throws IOException {
        Path plan = file("hand.json", """
                {"placements": [
                  {"trainee": "T1", "round": "R1", "assignment": "A2"},
                  {"trainee": "T2", "round": "R1", "assignment": "A1"},
                  {"trainee": "T3", "round": "R1", "assignment": "A1"},
                  {"trainee": "T4", "round": "R1", "assignment": "A4"},
                  {"trainee": "T4", "round": "R1", "assignment": "A6"},
                  {"trainee": "T5", "round": "R2", "assignment": "A5"},
                  {"trainee": "T6", "round": "R1", "assignment": "A3"},
                  {"trainee": "T6", "round": "R3", "assignment": "A33"}
                ]}
                """);
        assertThat(run("check", small12(), plan.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("5 overtreding(en) / violation(s)")
                .contains("H1  trainee T4 heeft 2 plaatsingen in ronde R1: A4, A6")
                .contains("H2  trainee T5 bij A5 in ronde R2: de opdracht wordt in deze ronde niet aangeboden")
                .contains("H3  opdracht A1 neemt 1 trainee(s), in ronde R1 zijn er 2 geplaatst: T2, T3")
                .contains("H4  trainee T6 is twee keer bij organisatie gem-westerwolde")
                .contains("H7  de vastgezette plaatsing van trainee T1 bij A1 in ronde R1 ontbreekt");
    }

    @Test
    void checkReportsAStatedCostThatDiffers() throws IOException {
        Path plan = file("hand.json", """
                {"objective": 0, "cost": {"preference": 0, "travel": 3},
                 "placements": [{"trainee": "T1", "round": "R1", "assignment": "A2"}]}
                """);
        assertThat(run("check", tinyInstance().toString(), plan.toString())).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("travel\\s+0\\s+3\\s+<- wijkt af / differs")
                .containsPattern("preference\\s+0\\s+0\\R")
                .contains("0 overtreding(en) / violation(s), 1 afwijkend(e) getal(len)");
    }

    @Test
    void checkRefusesAPlanWithAnUnknownIdWithExitCode2() throws IOException {
        Path plan = file("hand.json", """
                {"placements": [{"trainee": "T1", "round": "R1", "assignment": "A9"}]}
                """);
        assertThat(run("check", tinyInstance().toString(), plan.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("hand.json: placements[0], field \"assignment\": unknown assignment \"A9\"");
    }

    @Test
    void checkReportsTheProblemsOfBothFilesAtOnce() throws IOException {
        Path instance = file("instance.json", "{\"format\": \"traineeplanner/instance@1\"}");
        Path plan = file("plan.json", "[]");
        assertThat(run("check", instance.toString(), plan.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("instance.json: instance, field \"rounds\": is missing")
                .contains("plan.json: document: must be a JSON object, is []");
    }

    @Test
    void withoutASubcommandShowsUsageAndExits2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("plan").contains("check");
    }
}
