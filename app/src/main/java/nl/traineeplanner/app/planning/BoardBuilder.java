package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.explain.PlacementExplanation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.explain.TraineeExplanation;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanReader;
import nl.traineeplanner.engine.plan.Unplaced;
import nl.traineeplanner.engine.solve.Optimiser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the planning board of a stored run. The explanations are not read from the stored plan but rebuilt by the
 * engine from the stored instance and placements, so the board shows exactly what the engine's one scorer says.
 */
@Component
public class BoardBuilder {

    private final PlacementRepository placements;

    BoardBuilder(PlacementRepository placements) {
        this.placements = placements;
    }

    /** The plan of a run that has one, rebuilt by the engine (objective checked against the scorer). */
    public static Plan plan(PlanningRun run) {
        Problem problem = problem(run);
        Plan stored = PlanReader.read(run.getPlanJson(), "run-" + run.getId() + "-plan.json");
        return PlanBuilder.build(
                problem,
                new Optimiser.Result(
                        run.isOptimal(),
                        stored.placements(),
                        run.getObjective(),
                        run.getBound(),
                        stored.solveMillis() == null ? 0 : stored.solveMillis()));
    }

    public static Problem problem(PlanningRun run) {
        Instance instance = InstanceReader.read(run.getInstanceJson(), "run-" + run.getId() + "-instance.json");
        return new Problem(instance);
    }

    @Transactional(readOnly = true)
    public Board forRun(PlanningRun run) {
        Problem problem = problem(run);
        Plan plan = plan(run);
        Round round = run.getRound();
        Map<Long, Placement> current = new HashMap<>();
        for (Placement p : placements.findByRoundId(round.getId())) {
            current.put(p.getTrainee().getId(), p);
        }
        return build(round, problem, plan, current, run.getWeights().scaleFactor());
    }

    private Board build(Round round, Problem problem, Plan plan, Map<Long, Placement> current, long scaleFactor) {
        List<Round> cohortRounds = round.getCohort().getRounds();
        List<Board.Column> columns = cohortRounds.stream()
                .map(r -> new Board.Column(r.getId(), r.getName(), position(r, round)))
                .toList();
        Map<String, Placement> history = new HashMap<>();
        for (Placement p :
                placements.findByRoundCohortIdAndStatus(round.getCohort().getId(), PlacementStatus.PUBLISHED)) {
            history.put(p.getTrainee().getId() + "/" + p.getRound().getId(), p);
        }
        Map<String, PlacementExplanation> explained = new HashMap<>();
        for (PlacementExplanation e : plan.explanations().placements()) {
            explained.put(e.trainee(), e);
        }
        Map<String, List<Text>> notes = new HashMap<>();
        for (TraineeExplanation e : plan.explanations().trainees()) {
            notes.put(e.trainee(), e.notes());
        }
        Map<String, Unplaced> unplacedByTrainee = new HashMap<>();
        plan.unplaced().forEach(u -> unplacedByTrainee.put(u.trainee(), u));

        int r = 0;
        int firstChoices = 0;
        int topThree = 0;
        int worstRank = 0;
        int unranked = 0;
        List<Board.Row> rows = new ArrayList<>();
        List<Board.UnplacedRow> unplacedRows = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            var trainee = problem.trainee(t);
            long traineeId = Long.parseLong(trainee.id());
            List<Board.Cell> cells = new ArrayList<>();
            for (Round cohortRound : cohortRounds) {
                if (cohortRound.getId().equals(round.getId())) {
                    PlacementExplanation e = explained.get(trainee.id());
                    if (e == null) {
                        cells.add(Board.Cell.empty("UNPLACED"));
                        continue;
                    }
                    int a = problem.assignmentIndex(e.assignment());
                    Assignment assignment = problem.assignment(a);
                    int rank = problem.preferenceRank(t, r, a);
                    if (rank == 1) {
                        firstChoices++;
                    }
                    if (rank >= 1 && rank <= 3) {
                        topThree++;
                    }
                    if (rank == 0 && problem.ranked(t, r).length > 0) {
                        unranked++;
                    }
                    worstRank = Math.max(worstRank, rank);
                    Placement stored = current.get(traineeId);
                    boolean same = stored != null
                            && stored.getAssignment().getId().toString().equals(e.assignment());
                    cells.add(new Board.Cell(
                            "PROPOSED",
                            Long.parseLong(assignment.id()),
                            assignment.title(),
                            organisationName(problem, assignment.organisation()),
                            rank,
                            e.cost(),
                            e.pinned(),
                            same ? stored.getId() : null,
                            e.terms()));
                } else {
                    Placement done = history.get(traineeId + "/" + cohortRound.getId());
                    cells.add(
                            done == null
                                    ? Board.Cell.empty("EMPTY")
                                    : new Board.Cell(
                                            "HISTORY",
                                            done.getAssignment().getId(),
                                            done.getAssignment().getTitle(),
                                            done.getAssignment()
                                                    .getOrganisation()
                                                    .getName(),
                                            0,
                                            null,
                                            false,
                                            done.getId(),
                                            List.of()));
                }
            }
            Unplaced u = unplacedByTrainee.get(trainee.id());
            if (u != null) {
                unplacedRows.add(new Board.UnplacedRow(trainee.name(), new Text(u.reason(), u.reasonEn())));
            }
            rows.add(new Board.Row(
                    traineeId,
                    trainee.name(),
                    cells,
                    plan.perTrainee().get(trainee.id()),
                    notes.getOrDefault(trainee.id(), List.of())));
        }
        int unfilledSlots = 0;
        int[] taken = new int[problem.assignmentCount()];
        plan.placements().forEach(p -> taken[problem.assignmentIndex(p.assignment())]++);
        for (int a = 0; a < problem.assignmentCount(); a++) {
            unfilledSlots += Math.max(0, problem.assignment(a).capacity() - taken[a]);
        }
        Long gap =
                plan.objective() == null || plan.bound() == null ? null : Math.max(0, plan.objective() - plan.bound());
        Board.Summary summary = new Board.Summary(
                plan.status() == null ? null : plan.status().name(),
                plan.objective(),
                plan.bound(),
                gap,
                plan.cost(),
                plan.placements().size(),
                firstChoices,
                topThree,
                worstRank,
                unranked,
                plan.unplaced().size(),
                unfilledSlots,
                scaleFactor);
        return new Board(
                summary, columns, rows, unplacedRows, plan.explanations().unfilled());
    }

    private static String position(Round column, Round planned) {
        if (column.getId().equals(planned.getId())) {
            return "PLANNED";
        }
        return column.getSequenceNumber() < planned.getSequenceNumber() ? "EARLIER" : "LATER";
    }

    private static String organisationName(Problem problem, String code) {
        return problem.instance().organisations().stream()
                .filter(o -> o.id().equals(code))
                .map(nl.traineeplanner.engine.Organisation::name)
                .findFirst()
                .orElse(code);
    }
}
