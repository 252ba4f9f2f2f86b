package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.enginedata.EnginePlacements;
import nl.traineeplanner.app.enginedata.EngineRecords;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.explain.FirstChoiceExplanation;
import nl.traineeplanner.engine.explain.FirstChoiceWords;
import nl.traineeplanner.engine.explain.Names;
import nl.traineeplanner.engine.explain.PlacementExplanation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.explain.TraineeExplanation;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.metrics.PlanMetrics;
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
    private final PlanEdits edits;
    private final PlanningTexts texts;

    BoardBuilder(PlacementRepository placements, PlanEdits edits, PlanningTexts texts) {
        this.placements = placements;
        this.edits = edits;
        this.texts = texts;
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
        return build(round, problem, plan, current, run.getWeights().scaleFactor(), null);
    }

    /**
     * The board of the round's proposal as it is now, changes by hand included, scored against today's data with the
     * weights of the run it was accepted from. Its status is PROPOSAL: no bound is known for a plan changed by hand.
     */
    @Transactional(readOnly = true)
    public Board forPlan(Round round) {
        WeightSettings weights = edits.weights(round);
        PlanEdits.ScoredPlan scored = edits.plan(round);
        Map<Long, Placement> current = new HashMap<>();
        List<Text> warnings = new ArrayList<>();
        for (Placement p : scored.stored) {
            if (scored.known(p)) {
                current.put(p.getTrainee().getId(), p);
            } else {
                warnings.add(texts.text(
                        "planning.text.notOfferedAnyMore",
                        p.getTrainee().getName(),
                        p.getAssignment().getTitle()));
            }
        }
        EnginePlacements chosen = scored.current();
        // pins count for the explanations ("pinned by the coordinator"), not for the score
        Problem explained = new Problem(scored.instance.withPinned(chosen.list().stream()
                .filter(p -> current.get(EngineRecords.databaseId(p.trainee())).isPinned())
                .toList()));
        Plan plan =
                PlanBuilder.build(explained, new Optimiser.Result(false, chosen.list(), scored.total, scored.total, 0));
        Board board = build(round, explained, plan, current, weights.scaleFactor(), "PROPOSAL");
        return new Board(board.summary(), board.columns(), board.rows(), board.unplaced(), board.unfilled(), warnings);
    }

    private Board build(
            Round round,
            Problem problem,
            Plan plan,
            Map<Long, Placement> current,
            long scaleFactor,
            String statusOverride) {
        List<Round> cohortRounds = round.getCohort().getRounds();
        List<Board.Column> columns = cohortRounds.stream()
                .map(r -> new Board.Column(
                        r.getId(),
                        r.getName(),
                        problem.roundIndex(EngineRecords.id(r.getId())) >= 0
                                        && !r.getId().equals(round.getId())
                                ? "AHEAD"
                                : position(r, round)))
                .toList();
        Map<String, Placement> history = new HashMap<>();
        for (Placement p :
                placements.findByRoundCohortIdAndStatus(round.getCohort().getId(), PlacementStatus.PUBLISHED)) {
            history.put(p.getTrainee().getId() + "/" + p.getRound().getId(), p);
        }
        // by trainee and round: a run planned ahead also placed trainees in later rounds
        Map<String, PlacementExplanation> explained = new HashMap<>();
        for (PlacementExplanation e : plan.explanations().placements()) {
            explained.put(e.trainee() + "/" + e.round(), e);
        }
        Map<String, List<Text>> notes = new HashMap<>();
        for (TraineeExplanation e : plan.explanations().trainees()) {
            notes.put(e.trainee(), e.notes());
        }
        Map<String, FirstChoiceExplanation> whyNotFirst = new HashMap<>();
        for (FirstChoiceExplanation e : plan.explanations().firstChoices()) {
            whyNotFirst.put(e.trainee() + "/" + e.round(), e);
        }
        String plannedRound = EngineRecords.id(round.getId());
        Map<String, Unplaced> unplacedByTrainee = new HashMap<>();
        plan.unplaced().stream()
                .filter(u -> u.round().equals(plannedRound))
                .forEach(u -> unplacedByTrainee.put(u.trainee(), u));

        Map<Integer, Integer> byRank = new java.util.TreeMap<>();
        List<Board.Row> rows = new ArrayList<>();
        List<Board.UnplacedRow> unplacedRows = new ArrayList<>();
        for (int t = 0; t < problem.traineeCount(); t++) {
            var trainee = problem.trainee(t);
            long traineeId = EngineRecords.databaseId(trainee.id());
            List<Board.Cell> cells = new ArrayList<>();
            for (Round cohortRound : cohortRounds) {
                String column = EngineRecords.id(cohortRound.getId());
                int r = problem.roundIndex(column);
                boolean planned = column.equals(plannedRound);
                if (r >= 0) {
                    // the round planned, or a later round the run planned ahead with it (provisional)
                    PlacementExplanation e = explained.get(trainee.id() + "/" + column);
                    if (e == null) {
                        cells.add(Board.Cell.empty(planned ? "UNPLACED" : "PROVISIONAL_UNPLACED"));
                        continue;
                    }
                    int a = problem.assignmentIndex(e.assignment());
                    Assignment assignment = problem.assignment(a);
                    int rank = problem.preferenceRank(t, r, a);
                    if (rank > 0) {
                        byRank.merge(rank, 1, Integer::sum);
                    }
                    Placement stored = planned ? current.get(traineeId) : null;
                    boolean same = stored != null
                            && stored.getAssignment().getId().toString().equals(e.assignment());
                    cells.add(new Board.Cell(
                            planned ? "PROPOSED" : "PROVISIONAL",
                            EngineRecords.databaseId(assignment.id()),
                            assignment.title(),
                            organisationName(problem, assignment.organisation()),
                            rank,
                            e.cost(),
                            e.pinned(),
                            same ? stored.getId() : null,
                            same ? stored.getVersion() : null,
                            e.terms(),
                            planned ? whyNotFirst(problem, whyNotFirst.get(trainee.id() + "/" + column)) : null));
                } else {
                    cells.add(historyCell(history.get(traineeId + "/" + cohortRound.getId())));
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
        return new Board(
                summary(problem, plan, byRank, scaleFactor, statusOverride),
                columns,
                rows,
                unplacedRows,
                plan.explanations().unfilled(),
                List.of());
    }

    /** A published placement of another round, or an empty box where the trainee has none. */
    private static Board.Cell historyCell(Placement done) {
        if (done == null) {
            return Board.Cell.empty("EMPTY");
        }
        var assignment = done.getAssignment();
        return new Board.Cell(
                "HISTORY",
                assignment.getId(),
                assignment.getTitle(),
                assignment.getOrganisation().getName(),
                0,
                null,
                false,
                done.getId(),
                done.getVersion(),
                List.of(),
                null);
    }

    /** The plan's figures: the engine's own, one definition for the board, the comparison and the bench. */
    private static Board.Summary summary(
            Problem problem, Plan plan, Map<Integer, Integer> byRank, long scaleFactor, String statusOverride) {
        PlanMetrics figures = plan.summary() != null ? plan.summary() : PlanMetrics.of(problem, plan.placements());
        Long gap =
                plan.objective() == null || plan.bound() == null ? null : Math.max(0, plan.objective() - plan.bound());
        boolean roundPlan = statusOverride != null;
        return new Board.Summary(
                roundPlan
                        ? statusOverride
                        : plan.status() == null ? null : plan.status().name(),
                plan.objective(),
                roundPlan ? null : plan.bound(),
                roundPlan ? null : gap,
                plan.cost(),
                plan.placements().size(),
                figures.firstChoice(),
                figures.topThree(),
                figures.worstRank(),
                figures.unrankedPlacements(),
                figures.unplacedPairs(),
                figures.unfilledPlaces(),
                figures.blockingPairs(),
                byRank,
                scaleFactor);
    }

    /**
     * Why the trainee did not get the first choice, with names instead of ids: who has it and what a swap or move
     * would cost the whole plan, or the hard rule that forbids it.
     */
    static Text whyNotFirst(Problem problem, FirstChoiceExplanation e) {
        if (e == null) {
            return null;
        }
        return FirstChoiceWords.board(e, new Names() {
            @Override
            public String trainee(String id) {
                int t = problem.traineeIndex(id);
                return t < 0 ? id : problem.trainee(t).name();
            }

            @Override
            public String assignment(String id) {
                int a = problem.assignmentIndex(id);
                return a < 0 ? id : "\u201c" + problem.assignment(a).title() + "\u201d";
            }

            @Override
            public String organisation(String id) {
                return organisationName(problem, id);
            }

            @Override
            public String round(String id) {
                return id;
            }
        });
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
                .map(Organisation::name)
                .findFirst()
                .orElse(code);
    }
}
