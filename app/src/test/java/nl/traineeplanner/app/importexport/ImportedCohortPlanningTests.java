package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.planning.Planner;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.PlanningRunStatus;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A generated cohort of 50 trainees is imported and its first round planned by the application's planner, in the
 * background as a coordinator would, to the end. Its own database without demo data, because the planner's background
 * thread needs the imported data committed.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:imported-cohort;DB_CLOSE_DELAY=-1",
            "spring.datasource.password=a-long-secret",
            "traineeplanner.base-url=https://planner.example.org"
        })
@ActiveProfiles("prod")
class ImportedCohortPlanningTests {

    @Autowired
    private InstanceImporter importer;

    @Autowired
    private Planner planner;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Test
    void anImportedCohortIsPlannedKeepingEveryHardRule() throws InterruptedException {
        Instance generated = InstanceGenerator.generate(50, 11);
        CohortImport imported = AsUser.call(
                "coordinator",
                "COORDINATOR",
                () -> importer.importCohort(
                        "Lichting 50", InstanceWriter.toJson(generated), "generated-50.json", "coordinator"));
        CohortImport.ImportedRound first = imported.rounds().stream()
                .filter(r -> r.fileId().equals("R1"))
                .findFirst()
                .orElseThrow();
        Round round = rounds.findById(first.id()).orElseThrow();

        PlanningRun started = AsUser.call(
                "coordinator",
                "COORDINATOR",
                () -> planner.start(round, WeightSettings.standard(), 30, "Eerste ronde", "coordinator"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .until(() -> planner.activeRun(round.getId()).isEmpty());

        PlanningRun run = runs.findById(started.getId()).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
        Problem problem = new Problem(InstanceReader.read(run.getInstanceJson(), "run.json"));
        assertThat(problem.instance().trainees()).hasSize(50);
        long offered = generated.assignments().stream()
                .filter(a -> a.rounds().contains("R1"))
                .count();
        assertThat(problem.instance().assignments()).hasSize((int) offered);
        Plan plan = PlanReader.read(run.getPlanJson(), "plan.json");
        assertThat(RuleChecker.check(problem, plan.placements())).isEmpty();
        assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(50);
        List<Placement> pins = problem.instance().pinned();
        assertThat(plan.placements()).containsAll(pins);
        assertThat(generated.pinned().stream()
                        .filter(p -> p.round().equals("R1"))
                        .count())
                .isEqualTo(pins.size());
    }
}
