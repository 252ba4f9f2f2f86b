package nl.traineeplanner.app.importexport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.PlanIds;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.io.InvalidInputException;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanReader;
import nl.traineeplanner.engine.plan.PlanWriter;
import nl.traineeplanner.engine.solve.Optimiser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a plan ({@code traineeplanner/plan@1}, made elsewhere or by hand, with the ids of the round's export) as a
 * run of the round, so that the coordinator can read it on the board, compare it with computed runs and accept it as
 * the proposal like any other. It is checked against the round's data as it is now: every id must be known and every
 * hard rule (H1–H7, pins included) must hold, or it is refused with each problem named. It is scored with the
 * standard weights; nothing is proven about it, so its bound is 0.
 */
@Component
public class PlanImport {

    private final RoundInstances instances;
    private final PlanningRunRepository runs;
    private final AuditTrail audit;

    PlanImport(RoundInstances instances, PlanningRunRepository runs, AuditTrail audit) {
        this.instances = instances;
        this.runs = runs;
        this.audit = audit;
    }

    /**
     * Stores the plan as a finished run of the round.
     *
     * @throws ImportRefusal when the round is not being planned, the file is not a valid plan of this round, or the
     *     plan breaks a hard rule; nothing is stored
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public ImportedPlan importPlan(Round round, String json, String file, String username) {
        if (!round.isOpenForPlanning()) {
            throw new ImportRefusal(
                    List.of(ImportProblem.of(null, null, null, "import.problem.plan.roundNotOpen", round.getName())));
        }
        WeightSettings weights = WeightSettings.standard();
        Problem problem;
        Plan read;
        try {
            Instance instance = InstanceReader.read(
                    InstanceWriter.toJson(instances.forRound(round, weights.toWeights())),
                    "ronde-" + round.getId() + ".json");
            problem = new Problem(instance);
            read = PlanReader.read(json, file);
            PlanIds.requireKnown(problem, read.placements(), file);
        } catch (InvalidInputException invalid) {
            throw new ImportRefusal(
                    invalid.problems().stream().map(ImportProblem::ofEngine).toList());
        }
        List<Placement> placements = read.placements();
        List<Violation> violations = RuleChecker.check(problem, placements);
        if (!violations.isEmpty()) {
            throw new ImportRefusal(broken(violations, placements, file));
        }
        long total = Scorer.score(problem, placements).total();
        Plan plan = PlanBuilder.build(problem, new Optimiser.Result(false, placements, total, 0, 0));
        LocalDateTime now = LocalDateTime.now();
        String name = "Ingelezen plan " + file;
        PlanningRun run = new PlanningRun(
                round,
                name.length() > 100 ? name.substring(0, 100) : name,
                username,
                now,
                weights,
                1,
                InstanceWriter.toJson(problem.instance()));
        run.finish(PlanWriter.toJson(plan), plan.objective(), plan.bound(), false, false, now);
        PlanningRun saved = runs.save(run);
        audit.record(
                username,
                AuditAction.PLAN_IMPORTED,
                round.getId(),
                AuditText.of(
                        "audit.detail.planImported",
                        saved.getName(),
                        saved.getId(),
                        placements.size(),
                        plan.objective()),
                null);
        return new ImportedPlan(saved.getId(), saved.getName(), placements.size(), plan.objective());
    }

    /** The run a plan became: its id and name, how many placements it holds and its penalty points. */
    public record ImportedPlan(long runId, String name, int placements, long objective) {}

    /** Each broken rule, named by the placement it is about where there is one. */
    private static List<ImportProblem> broken(List<Violation> violations, List<Placement> placements, String file) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Violation v : violations) {
            int index = indexOf(placements, v);
            String item = index >= 0 ? "placements[" + index + "]" : "placements (" + about(v) + ")";
            problems.add(
                    ImportProblem.of(file, item, null, "import.problem.plan.rule", v.rule(), v.dutch(), v.english()));
        }
        return problems;
    }

    /** The place in the plan of the one placement a rule is about; -1 when it is about several. */
    private static int indexOf(List<Placement> placements, Violation v) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.trainee().equals(v.trainee())
                    && p.round().equals(v.round())
                    && p.assignment().equals(v.assignment())) {
                return i;
            }
        }
        return -1;
    }

    /** What a rule about several placements is about, such as {@code assignment "13", round "1"}. */
    private static String about(Violation v) {
        List<String> parts = new ArrayList<>();
        if (v.trainee() != null) {
            parts.add("trainee \"" + v.trainee() + "\"");
        }
        if (v.assignment() != null) {
            parts.add("assignment \"" + v.assignment() + "\"");
        }
        if (v.round() != null) {
            parts.add("round \"" + v.round() + "\"");
        }
        return String.join(", ", parts);
    }
}
