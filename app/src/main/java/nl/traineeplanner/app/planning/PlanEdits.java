package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditRef;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.EnginePlacements;
import nl.traineeplanner.app.enginedata.EngineRecords;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.explain.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's changes by hand to a round's proposal: move a placement to another assignment, swap two
 * placements, or place a trainee the plan left out. Each change is checked against every hard rule of the engine at
 * once and refused with the broken rules; an accepted change is re-scored by the engine's one scorer and written to
 * the audit trail with the difference in penalty points.
 *
 * <p>Every change names the version of each placement it was made on, so a change made on a page that someone else
 * changed in the meantime is refused instead of overwriting their work.
 */
@Component
public class PlanEdits {

    private final PlacementRepository placements;
    private final AssignmentRepository assignments;
    private final TraineeRepository trainees;
    private final RoundInstances instances;
    private final PlanningRunRepository runs;
    private final AuditTrail audit;
    private final PlanningTexts texts;

    PlanEdits(
            PlacementRepository placements,
            AssignmentRepository assignments,
            TraineeRepository trainees,
            RoundInstances instances,
            PlanningRunRepository runs,
            AuditTrail audit,
            PlanningTexts texts) {
        this.texts = texts;
        this.placements = placements;
        this.assignments = assignments;
        this.trainees = trainees;
        this.instances = instances;
        this.runs = runs;
        this.audit = audit;
    }

    /** What a change did to the total: penalty points before and after, with the weights of the proposal. */
    public record Outcome(String trainee, long before, long after) {
        public long difference() {
            return after - before;
        }
    }

    /**
     * One thing the coordinator could do with a trainee in the round: go to an assignment with room, or swap with a
     * trainee who holds a full one. {@code refusal} holds the broken rules when it is not allowed, else
     * {@code difference} is the change in the proposal's penalty points and {@code differenceByTerm} the cost terms
     * of the spec that change, by name.
     */
    public record Option(
            long assignmentId,
            String assignment,
            String organisation,
            int rank,
            int taken,
            int capacity,
            Long swapWithPlacementId,
            Long swapWithVersion,
            String swapWith,
            Long difference,
            Map<String, Long> differenceByTerm,
            List<Text> refusal) {

        public boolean allowed() {
            return refusal.isEmpty();
        }
    }

    /** An assignment of the round with room left in the proposal. */
    public record FreePlace(long assignmentId, String assignment, String organisation, int free, int capacity) {}

    /** Every assignment of the round that still has room in the proposal, by title. */
    @Transactional(readOnly = true)
    public List<FreePlace> freePlaces(Round round) {
        List<Placement> current = placements.findByRoundId(round.getId());
        List<FreePlace> free = new ArrayList<>();
        for (Assignment a : assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId())) {
            long taken = current.stream()
                    .filter(p -> p.getAssignment().getId().equals(a.getId()))
                    .count();
            if (taken < a.getCapacity()) {
                free.add(new FreePlace(
                        a.getId(),
                        a.getTitle(),
                        a.getOrganisation().getName(),
                        (int) (a.getCapacity() - taken),
                        a.getCapacity()));
            }
        }
        free.sort(Comparator.comparing(FreePlace::assignment));
        return free;
    }

    /** The weights the proposal is scored with: those of the run it was accepted from, else the standard ones. */
    @Transactional(readOnly = true)
    public WeightSettings weights(Round round) {
        return acceptedRun(round).map(PlanningRun::getWeights).orElseGet(WeightSettings::standard);
    }

    /** The run whose plan was last accepted as the round's proposal. */
    @Transactional(readOnly = true)
    public Optional<PlanningRun> acceptedRun(Round round) {
        return runs.findByRoundIdOrderByStartedAtDescIdDesc(round.getId()).stream()
                .filter(r -> r.getAcceptedAt() != null)
                .max(Comparator.comparing(PlanningRun::getAcceptedAt));
    }

    /** Moves a proposed placement of this round to another assignment of the same round. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Outcome move(Round round, long placementId, long version, long assignmentId, String username) {
        Placement placement = editable(round, placementId, version);
        Assignment target = assignment(assignmentId, placement.getRound());
        if (target.getId().equals(placement.getAssignment().getId())) {
            throw new PlanningRefusal(
                    "refusal.edit.same", placement.getTrainee().getName(), target.getTitle());
        }
        ScoredPlan plan = plan(placement.getRound());
        var changed = plan.with(placement.getTrainee(), target);
        plan.requireRules(changed, placement.getTrainee().getId(), null, target.getId());
        String from = placement.getAssignment().getTitle();
        placement.moveTo(target);
        Outcome outcome = plan.outcome(placement.getTrainee().getName(), changed);
        audit.recordAboutTrainee(
                username,
                AuditAction.PLACEMENT_MOVED,
                placement.getRound().getId(),
                placement.getTrainee().getId(),
                AuditText.of(
                        "audit.detail.moved",
                        AuditRef.TRAINEE.of(placement.getTrainee().getId()),
                        from,
                        target.getTitle(),
                        outcome.before(),
                        outcome.after(),
                        signed(outcome)),
                null);
        return outcome;
    }

    /** Swaps the assignments of two proposed placements of the same round. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Outcome swap(Round round, long placementId, long version, long otherId, long otherVersion, String username) {
        Placement one = editable(round, placementId, version);
        Placement other = editable(round, otherId, otherVersion);
        if (!one.getRound().getId().equals(other.getRound().getId())
                || one.getId().equals(other.getId())) {
            throw new PlanningRefusal("refusal.edit.swapSelf");
        }
        if (one.getAssignment().getId().equals(other.getAssignment().getId())) {
            throw new PlanningRefusal(
                    "refusal.edit.same",
                    one.getTrainee().getName(),
                    other.getAssignment().getTitle());
        }
        ScoredPlan plan = plan(one.getRound());
        Assignment a = one.getAssignment();
        Assignment b = other.getAssignment();
        var changed = plan.swapped(one.getTrainee(), b, other.getTrainee(), a);
        plan.requireRules(changed, one.getTrainee().getId(), other.getTrainee().getId(), null);
        one.moveTo(b);
        other.moveTo(a);
        Outcome outcome = plan.outcome(one.getTrainee().getName(), changed);
        audit.record(
                username,
                AuditAction.PLACEMENTS_SWAPPED,
                one.getRound().getId(),
                AuditText.of(
                        "audit.detail.swapped",
                        AuditRef.TRAINEE.of(one.getTrainee().getId()),
                        AuditRef.TRAINEE.of(other.getTrainee().getId()),
                        a.getTitle(),
                        b.getTitle(),
                        outcome.before(),
                        outcome.after(),
                        signed(outcome)),
                null);
        return outcome;
    }

    /** Places a trainee who has no placement in the round yet. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Outcome place(Round round, long traineeId, long assignmentId, String username) {
        requireOpen(round);
        Trainee trainee = trainees.findById(traineeId)
                .filter(t -> t.getCohort().getId().equals(round.getCohort().getId()))
                .orElseThrow(() -> new PlanningRefusal("refusal.edit.changed"));
        if (placements.findByRoundId(round.getId()).stream()
                .anyMatch(p -> p.getTrainee().getId().equals(traineeId))) {
            throw new PlanningRefusal("refusal.edit.changed");
        }
        Assignment target = assignment(assignmentId, round);
        ScoredPlan plan = plan(round);
        var changed = plan.with(trainee, target);
        plan.requireRules(changed, traineeId, null, target.getId());
        placements.save(new Placement(trainee, round, target));
        Outcome outcome = plan.outcome(trainee.getName(), changed);
        audit.recordAboutTrainee(
                username,
                AuditAction.TRAINEE_PLACED,
                round.getId(),
                trainee.getId(),
                AuditText.of(
                        "audit.detail.placed",
                        AuditRef.TRAINEE.of(trainee.getId()),
                        target.getTitle(),
                        outcome.before(),
                        outcome.after(),
                        signed(outcome)),
                null);
        return outcome;
    }

    /**
     * Everything the coordinator could do with this trainee in the round, each checked and scored as if done: every
     * other assignment with room, and a swap with each trainee on a full one. Allowed options come first, cheapest
     * first.
     */
    @Transactional(readOnly = true)
    public List<Option> options(Round round, long traineeId) {
        ScoredPlan plan = plan(round);
        Trainee trainee = trainees.findById(traineeId).orElseThrow(() -> new PlanningRefusal("refusal.edit.changed"));
        Placement current = plan.placementOf(traineeId).orElse(null);
        int t = plan.problem.traineeIndex(EngineRecords.id(traineeId));
        List<Option> options = new ArrayList<>();
        for (Assignment assignment :
                assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId())) {
            if (current != null && current.getAssignment().getId().equals(assignment.getId())) {
                continue;
            }
            Target target = target(plan, t, assignment);
            if (target.room() || current == null) {
                options.add(move(plan, trainee, target));
            } else {
                target.holders().forEach(holder -> options.add(swap(plan, trainee, current, target, holder)));
            }
        }
        options.sort(Comparator.comparing((Option o) -> !o.allowed())
                .thenComparing(o -> o.difference() == null ? Long.MAX_VALUE : o.difference())
                .thenComparing(Option::assignment));
        return options;
    }

    /**
     * An assignment the trainee could go to: its place on the trainee's list (in the round planned, the instance's
     * first), who holds it now, and whether one more trainee fits (H3 as the engine has it).
     */
    private record Target(Assignment assignment, int rank, List<Placement> holders, boolean room) {}

    private static Target target(ScoredPlan plan, int t, Assignment assignment) {
        Problem problem = plan.problem;
        int a = problem.assignmentIndex(EngineRecords.id(assignment.getId()));
        List<Placement> holders = plan.holders(assignment.getId());
        int rank = t < 0 || a < 0 ? 0 : problem.preferenceRank(t, 0, a);
        boolean room =
                a < 0 ? holders.size() < assignment.getCapacity() : problem.withinCapacity(a, holders.size() + 1);
        return new Target(assignment, rank, holders, room);
    }

    /** The trainee moved to the target, which has room (or the trainee has no placement yet). */
    private static Option move(ScoredPlan plan, Trainee trainee, Target target) {
        EnginePlacements changed = plan.with(trainee, target.assignment());
        return option(
                plan,
                target,
                null,
                changed,
                plan.broken(changed, trainee.getId(), null, target.assignment().getId()));
    }

    /** The trainee swapped with one holder of the full target; a pinned holder stays where it is. */
    private Option swap(ScoredPlan plan, Trainee trainee, Placement current, Target target, Placement holder) {
        if (holder.isPinned()) {
            return option(
                    plan,
                    target,
                    holder,
                    null,
                    List.of(texts.text(
                            "planning.text.holderPinned", holder.getTrainee().getName())));
        }
        EnginePlacements changed =
                plan.swapped(trainee, target.assignment(), holder.getTrainee(), current.getAssignment());
        return option(
                plan,
                target,
                holder,
                changed,
                plan.broken(changed, trainee.getId(), holder.getTrainee().getId(), null));
    }

    private static Option option(
            ScoredPlan plan, Target target, Placement holder, EnginePlacements changed, List<Text> broken) {
        Assignment assignment = target.assignment();
        return new Option(
                assignment.getId(),
                assignment.getTitle(),
                assignment.getOrganisation().getName(),
                target.rank(),
                target.holders().size(),
                assignment.getCapacity(),
                holder == null ? null : holder.getId(),
                holder == null ? null : holder.getVersion(),
                holder == null ? null : holder.getTrainee().getName(),
                broken.isEmpty() ? plan.total(changed) - plan.total : null,
                broken.isEmpty() ? plan.differenceByTerm(changed) : Map.of(),
                broken);
    }

    /** The proposal's penalty points as it is now, with the weights it is scored with. */
    @Transactional(readOnly = true)
    public long total(Round round) {
        return plan(round).total;
    }

    /** The round's plan as it is now, with the instance it is checked and scored against. */
    ScoredPlan plan(Round round) {
        requireOpen(round);
        List<Placement> current = placements.findByRoundId(round.getId());
        Instance instance =
                instances.forRound(round, weights(round).toWeights()).withPinned(List.of());
        return new ScoredPlan(instance, current, round.getName(), texts);
    }

    /** A round's placements as the engine sees them, with the rule check and the score of changed versions. */
    static final class ScoredPlan {

        final Instance instance;
        final Problem problem;
        final List<Placement> stored;
        final long total;
        final Map<String, Long> cost;
        final String roundName;
        final PlanningTexts texts;

        ScoredPlan(Instance instance, List<Placement> stored, String roundName, PlanningTexts texts) {
            this.instance = instance;
            this.texts = texts;
            this.roundName = roundName;
            this.problem = new Problem(instance);
            this.stored = stored;
            Scorer.Score score = Scorer.score(problem, current().list());
            this.total = score.total();
            this.cost = score.cost().asMap();
        }

        /** The cost terms that differ between the changed proposal and this one, in the spec's order. */
        Map<String, Long> differenceByTerm(EnginePlacements chosen) {
            Map<String, Long> changed = new LinkedHashMap<>();
            Scorer.score(problem, chosen.list()).cost().asMap().forEach((term, value) -> {
                long d = value - cost.getOrDefault(term, 0L);
                if (d != 0) {
                    changed.put(term, d);
                }
            });
            return changed;
        }

        Optional<Placement> placementOf(long traineeId) {
            return stored.stream()
                    .filter(p -> p.getTrainee().getId() == traineeId)
                    .findFirst();
        }

        List<Placement> holders(long assignmentId) {
            return stored.stream()
                    .filter(p -> p.getAssignment().getId() == assignmentId)
                    .toList();
        }

        /** The stored placements the engine knows, as engine placements; see {@link #known}. */
        EnginePlacements current() {
            return asEngine(stored, null, null, null, null);
        }

        /** The proposal with the trainee on the assignment (moved there, or added when not placed yet). */
        EnginePlacements with(Trainee trainee, Assignment assignment) {
            return asEngine(stored, trainee, assignment, null, null);
        }

        EnginePlacements swapped(Trainee one, Assignment toOne, Trainee two, Assignment toTwo) {
            return asEngine(stored, one, toOne, two, toTwo);
        }

        private EnginePlacements asEngine(
                List<Placement> placements, Trainee one, Assignment toOne, Trainee two, Assignment toTwo) {
            EnginePlacements.Builder result =
                    EnginePlacements.inRound(instance.rounds().get(0).id());
            boolean oneDone = false;
            for (Placement p : placements) {
                long trainee = p.getTrainee().getId();
                Assignment assignment = p.getAssignment();
                if (one != null && trainee == one.getId()) {
                    assignment = toOne;
                    oneDone = true;
                } else if (two != null && trainee == two.getId()) {
                    assignment = toTwo;
                } else if (!known(p)) {
                    // no longer offered (or no longer in the cohort): left out of the score, shown on the board
                    continue;
                }
                result.add(trainee, assignment);
            }
            if (one != null && !oneDone) {
                result.add(one.getId(), toOne);
            }
            return result.build();
        }

        /** Whether the engine knows the placement's trainee and assignment: false once the assignment is withdrawn. */
        boolean known(Placement p) {
            return problem.traineeIndex(EngineRecords.id(p.getTrainee().getId())) >= 0
                    && problem.assignmentIndex(
                                    EngineRecords.id(p.getAssignment().getId()))
                            >= 0;
        }

        long total(EnginePlacements chosen) {
            return Scorer.score(problem, chosen.list()).total();
        }

        /** The hard rules the changed proposal breaks that concern the trainees or the assignment changed. */
        List<Text> broken(EnginePlacements chosen, Long traineeOne, Long traineeTwo, Long assignment) {
            List<String> unknown = chosen.list().stream()
                    .filter(p -> problem.traineeIndex(p.trainee()) < 0 || problem.assignmentIndex(p.assignment()) < 0)
                    .map(p -> p.trainee())
                    .toList();
            if (!unknown.isEmpty()) {
                return RoundDecisions.brokenRules(instance, chosen).stream()
                        .map(v -> texts.brokenRule(instance, roundName, v))
                        .toList();
            }
            return RuleChecker.check(problem, chosen.list()).stream()
                    .filter(v -> concerns(v.trainee(), traineeOne)
                            || concerns(v.trainee(), traineeTwo)
                            || concerns(v.assignment(), assignment))
                    .map(v -> texts.brokenRule(instance, roundName, v))
                    .distinct()
                    .toList();
        }

        void requireRules(EnginePlacements chosen, Long traineeOne, Long traineeTwo, Long assignment) {
            List<Text> broken = broken(chosen, traineeOne, traineeTwo, assignment);
            if (!broken.isEmpty()) {
                throw new PlanningRefusal("refusal.edit.rules", broken.toArray());
            }
        }

        Outcome outcome(String trainee, EnginePlacements chosen) {
            return new Outcome(trainee, total, total(chosen));
        }

        private static boolean concerns(String id, Long databaseId) {
            return databaseId != null && id != null && id.equals(EngineRecords.id(databaseId));
        }
    }

    /** A proposed placement of this round (not of another), unchanged since the version read, and not pinned. */
    private Placement editable(Round round, long placementId, long version) {
        Placement placement =
                placements.findById(placementId).orElseThrow(() -> new PlanningRefusal("refusal.edit.changed"));
        if (!placement.getRound().getId().equals(round.getId())) {
            throw new PlanningRefusal("refusal.edit.otherRound", round.getName());
        }
        requireOpen(placement.getRound());
        if (placement.getStatus() != PlacementStatus.PROPOSED) {
            throw new PlanningRefusal("refusal.placement.published");
        }
        if (placement.getVersion() != version) {
            throw new PlanningRefusal("refusal.edit.changed");
        }
        if (placement.isPinned()) {
            throw new PlanningRefusal(
                    "refusal.edit.pinned", placement.getTrainee().getName());
        }
        return placement;
    }

    private Assignment assignment(long assignmentId, Round round) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.isOfferedIn(round))
                .orElseThrow(() -> new PlanningRefusal("refusal.edit.notOffered", round.getName()));
    }

    /** The difference in penalty points with its sign: +3, 0 or -2. */
    private static String signed(Outcome outcome) {
        long d = outcome.difference();
        return (d >= 0 ? "+" : "") + d;
    }

    private static void requireOpen(Round round) {
        if (!Objects.requireNonNull(round).isOpenForPlanning()) {
            throw new PlanningRefusal("refusal.run.roundNotOpen", round.getName());
        }
    }
}
