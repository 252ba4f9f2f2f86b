package nl.traineeplanner.app.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import nl.traineeplanner.app.round.RoundPublished;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.explain.Names;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.plan.PlanReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the coordinator decides about a round: accepting a run as the proposal, pinning placements, and the steps of
 * the round's cycle up to publication. Each decision is written to the audit trail in the same transaction.
 */
@Component
public class RoundDecisions {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    private final PlacementRepository placements;
    private final RoundInstances instances;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanningTexts texts;

    RoundDecisions(
            PlacementRepository placements,
            RoundInstances instances,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlanningTexts texts) {
        this.clock = clock;
        this.texts = texts;
        this.placements = placements;
        this.instances = instances;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Makes the run's placements in the round the round's proposal, replacing the proposed ones; a pin stays where the
     * new proposal keeps the same placement. Placements a run planned ahead in later rounds are not kept.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public int accept(PlanningRun run, String username) {
        Round round = run.getRound();
        requireOpen(round);
        if (!run.hasPlan()) {
            throw new PlanningRefusal("refusal.accept.noPlan", run.getName());
        }
        List<Placement> existing = placements.findByRoundId(round.getId());
        Set<String> pinned = new HashSet<>();
        for (Placement p : existing) {
            if (p.getStatus() == PlacementStatus.PUBLISHED) {
                throw new PlanningRefusal("refusal.publish.twice", round.getName());
            }
            if (p.isPinned()) {
                pinned.add(p.getTrainee().getId() + "/" + p.getAssignment().getId());
            }
        }
        // a run planned ahead also placed trainees in later rounds: those stay provisional, on the run's board only
        List<Placement> planned = instances
                .placementsOf(
                        round,
                        PlanReader.read(run.getPlanJson(), "run-" + run.getId()).placements())
                .orElseThrow(() -> new PlanningRefusal("refusal.accept.changed", run.getName()));
        if (!existing.isEmpty()) {
            placements.deleteAllInBatch(existing);
            placements.flush();
        }
        for (Placement placement : planned) {
            if (pinned.contains(placement.getTrainee().getId() + "/"
                    + placement.getAssignment().getId())) {
                placement.pin();
            }
            placements.save(placement);
        }
        run.markAccepted(LocalDateTime.now());
        audit.record(
                username,
                AuditAction.RUN_ACCEPTED,
                round.getId(),
                AuditText.of(
                        "audit.detail.runAccepted", run.getName(), run.getId(), planned.size(), run.getObjective()),
                null);
        return planned.size();
    }

    /** Fixes a proposed placement, unless it breaks a hard rule together with the other pins and today's data. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public void pin(Placement placement, String username) {
        Round round = placement.getRound();
        requireOpen(round);
        requireProposed(placement);
        var asPin = EngineRecords.placement(placement);
        Instance instance = instances.forRound(round, Weights.DEFAULTS);
        var pins = new ArrayList<>(instance.pinned());
        pins.remove(asPin);
        pins.add(asPin);
        List<Text> broken = brokenRules(instance, new EnginePlacements(pins)).stream()
                .filter(v -> asPin.trainee().equals(v.trainee())
                        || asPin.assignment().equals(v.assignment()))
                .map(v -> texts.brokenRule(instance, round.getName(), v))
                .toList();
        if (!broken.isEmpty()) {
            throw new PlanningRefusal("refusal.pin.rules", broken.toArray());
        }
        placement.pin();
        audit.recordAboutTrainee(
                username,
                AuditAction.PLACEMENT_PINNED,
                round.getId(),
                placement.getTrainee().getId(),
                describe(placement),
                null);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public void unpin(Placement placement, String username) {
        requireOpen(placement.getRound());
        requireProposed(placement);
        placement.unpin();
        audit.recordAboutTrainee(
                username,
                AuditAction.PLACEMENT_UNPINNED,
                placement.getRound().getId(),
                placement.getTrainee().getId(),
                describe(placement),
                null);
    }

    /**
     * Takes the next step of the round's cycle; starting the matching early needs a reason, and publishing, which
     * cannot be undone, needs {@code confirmed}. A step that is not possible now is refused with nothing changed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public void step(Round round, RoundStep step, String reason, boolean confirmed, String username) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (step == RoundStep.PUBLISH && !confirmed) {
            throw new PlanningRefusal("refusal.publish.notConfirmed", round.getName());
        }
        AuditAction action;
        switch (step) {
            case OPEN_PREFERENCES -> {
                requireStatus(round, RoundStatus.INTAKE, step);
                round.openPreferences();
                action = AuditAction.PREFERENCES_OPENED;
            }
            case START_MATCHING -> {
                requireStatus(round, RoundStatus.PREFERENCES_OPEN, step);
                LocalDate today = LocalDate.now(clock);
                if (!round.preferencesDeadlinePassed(today) && why == null) {
                    throw new PlanningRefusal(
                            "refusal.matching.early", round.getName(), DAY.format(round.getPreferencesDeadline()));
                }
                round.startMatching(today, why);
                action = AuditAction.MATCHING_STARTED;
            }
            case PUBLISH -> {
                publish(round, why, username);
                return;
            }
            case START -> {
                requireStatus(round, RoundStatus.PUBLISHED, step);
                round.start();
                action = AuditAction.ROUND_STARTED;
            }
            case CLOSE -> {
                requireStatus(round, RoundStatus.RUNNING, step);
                round.close();
                action = AuditAction.ROUND_CLOSED;
            }
            default -> throw new IllegalArgumentException(step.name());
        }
        audit.record(username, action, round.getId(), round.getName(), why);
    }

    /**
     * Publishes the round's proposal: its placements become fixed, and history for the cohort's later rounds. Trainees
     * and hosts are told through {@link RoundPublished}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public int publish(Round round, String reason, String username) {
        if (round.getStatus().compareTo(RoundStatus.PUBLISHED) >= 0) {
            throw new PlanningRefusal("refusal.publish.twice", round.getName());
        }
        requireStatus(round, RoundStatus.MATCHING, RoundStep.PUBLISH);
        List<Placement> proposed = placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PROPOSED);
        if (proposed.isEmpty()) {
            throw new PlanningRefusal("refusal.publish.nothing", round.getName());
        }
        Instance instance = instances.forRound(round, Weights.DEFAULTS).withPinned(List.of());
        List<Text> broken = brokenRules(instance, EngineRecords.placements(proposed)).stream()
                .map(v -> texts.brokenRule(instance, round.getName(), v))
                .toList();
        if (!broken.isEmpty()) {
            throw new PlanningRefusal("refusal.publish.rules", broken.toArray());
        }
        round.publish();
        proposed.forEach(Placement::publish);
        audit.record(
                username,
                AuditAction.ROUND_PUBLISHED,
                round.getId(),
                AuditText.of("audit.detail.published", round.getName(), proposed.size()),
                reason);
        events.publishEvent(new RoundPublished(round.getId(), username));
        return proposed.size();
    }

    /**
     * Every hard rule the placements break against the instance's data. A trainee the instance does not know is not
     * to be placed in the round (H1), an assignment it does not know is not offered in it (H2).
     */
    static List<Violation> brokenRules(Instance instance, EnginePlacements chosen) {
        Set<String> traineeIds = new HashSet<>();
        instance.trainees().forEach(t -> traineeIds.add(t.id()));
        Set<String> assignmentIds = new HashSet<>();
        instance.assignments().forEach(a -> assignmentIds.add(a.id()));
        List<Violation> unknown = chosen.list().stream()
                .filter(p -> !traineeIds.contains(p.trainee()) || !assignmentIds.contains(p.assignment()))
                .map(p -> new Violation(
                        traineeIds.contains(p.trainee()) ? Violation.Kind.NOT_OFFERED : Violation.Kind.NOT_IN_OWN_ROUND,
                        p.trainee(),
                        p.round(),
                        p.assignment(),
                        null,
                        List.of(),
                        null,
                        0,
                        0,
                        null))
                .toList();
        if (!unknown.isEmpty()) {
            return unknown;
        }
        return RuleChecker.check(new Problem(instance.withPinned(List.of())), chosen.list());
    }

    /** Names for the engine's sentences about the round's instance; an id it does not know stays an id. */
    static Names names(Instance instance, String roundName) {
        Map<String, String> trainees = new HashMap<>();
        instance.trainees().forEach(t -> trainees.put(t.id(), t.name()));
        Map<String, String> assignments = new HashMap<>();
        instance.assignments().forEach(a -> assignments.put(a.id(), "\"" + a.title() + "\""));
        Map<String, String> organisations = new HashMap<>();
        instance.organisations().forEach(o -> organisations.put(o.id(), o.name()));
        Map<String, String> rounds = new HashMap<>();
        instance.rounds().forEach(r -> rounds.put(r.id(), roundName));
        return new Names() {
            @Override
            public String trainee(String id) {
                return trainees.getOrDefault(id, id);
            }

            @Override
            public String assignment(String id) {
                return assignments.getOrDefault(id, id);
            }

            @Override
            public String organisation(String id) {
                return organisations.getOrDefault(id, id);
            }

            @Override
            public String round(String id) {
                return rounds.getOrDefault(id, id);
            }
        };
    }

    private static String describe(Placement p) {
        return "%s → %s (%s)"
                .formatted(
                        AuditRef.TRAINEE.of(p.getTrainee().getId()),
                        p.getAssignment().getTitle(),
                        p.getAssignment().getOrganisation().getName());
    }

    private static void requireOpen(Round round) {
        if (!round.isOpenForPlanning()) {
            throw new PlanningRefusal("refusal.run.roundNotOpen", round.getName());
        }
    }

    private static void requireProposed(Placement placement) {
        if (placement.getStatus() != PlacementStatus.PROPOSED) {
            throw new PlanningRefusal("refusal.placement.published");
        }
    }

    private static void requireStatus(Round round, RoundStatus expected, RoundStep step) {
        if (round.getStatus() != expected) {
            throw new PlanningRefusal(
                    "refusal.step.notNow",
                    new DefaultMessageSourceResolvable("step." + step.name()),
                    new DefaultMessageSourceResolvable("roundStatus." + round.getStatus()));
        }
    }
}
