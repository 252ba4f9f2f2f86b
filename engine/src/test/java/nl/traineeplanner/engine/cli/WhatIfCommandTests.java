package nl.traineeplanner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code traineeplanner whatif} in-process. */
class WhatIfCommandTests {

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

    /** The instance of WhatIfTests: T2's first choice A1 costs 95 points and sends T1 from A1 to A3. */
    private String threeTraineesThreePlaces() throws IOException {
        Instance instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .assignment("A3", "o3")
                .trainee("T1", t -> t.preferences("A1", "A2", "A3"))
                .trainee("T2", t -> t.preferences("A1", "A3"))
                .trainee("T3", t -> t.preferences("A2").excludes("o3"))
                .hostRanking("A1", "T1", "T2")
                .build();
        return Files.writeString(dir.resolve("three.json"), InstanceWriter.toJson(instance))
                .toString();
    }

    @Test
    void printsTheDifferenceOfTheFirstChoiceAndWhoMoves() throws IOException {
        assertThat(run("whatif", threeTraineesThreePlaces(), "--trainee", "T2", "--round", "R1"))
                .isZero();
        assertThat(out.toString())
                .contains("Wat als / what if: T2 bij / at A1 in ronde / round R1 (nu / now: A3)")
                .containsPattern("Basisplan / base plan:\\s+30 strafpunten / points \\(bewezen optimaal")
                .containsPattern("Met deze plaatsing / with it:\\s+125 strafpunten")
                .containsPattern("Verschil / difference:\\s+\\+95 strafpunten / points")
                .containsPattern("preference\\s+\\+30")
                .containsPattern("host\\s+\\+5")
                .containsPattern("fairness\\s+\\+60")
                .doesNotContain("travel")
                .contains("Verschuivingen / moves (1):")
                .contains("T1  ronde / round R1: A1 -> A3");
    }

    @Test
    void comparesWithAGivenBasePlan() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"placements": [{"trainee": "T1", "round": "R1", "assignment": "A1"},
                                {"trainee": "T3", "round": "R1", "assignment": "A2"}]}
                """);
        assertThat(run(
                        "whatif",
                        threeTraineesThreePlaces(),
                        "--trainee",
                        "T2",
                        "--round",
                        "R1",
                        "--plan",
                        plan.toString()))
                .isZero();
        // T2 was unplaced in the given plan: 100000 + 60 (no programme) + 0 fairness
        assertThat(out.toString())
                .contains("(nu / now: niet geplaatst / unplaced)")
                .containsPattern("Basisplan / base plan:\\s+100060 strafpunten / points \\(niet bewezen optimaal")
                .contains("T1  ronde / round R1: A1 -> A3");
    }

    @Test
    void refusesAPlacementThatBreaksAHardRuleWithExitCode1() throws IOException {
        assertThat(run("whatif", threeTraineesThreePlaces(), "--trainee", "T3", "--round", "R1", "--assignment", "A3"))
                .isEqualTo(1);
        assertThat(out.toString())
                .contains("Niet toegestaan / not allowed:")
                .contains("de trainee heeft organisatie \"o3\" uitgesloten (H5)")
                .contains("the trainee excluded organisation \"o3\" (H5)");
    }

    @Test
    void refusesAnUnknownTraineeWithExitCode2() throws IOException {
        assertThat(run("whatif", threeTraineesThreePlaces(), "--trainee", "T9", "--round", "R1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--trainee: unknown trainee \"T9\"");
    }

    @Test
    void needsATraineeAndARound() throws IOException {
        assertThat(run("whatif", threeTraineesThreePlaces(), "--round", "R1")).isEqualTo(2);
        assertThat(err.toString()).contains("--trainee");
    }
}
