package nl.traineeplanner.app.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.HostRanking;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.Weights;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the engine's instance for one round of a cohort from the database. One round is planned at a time: the
 * published placements of the cohort's other rounds are each trainee's history, the pinned placements of the round are
 * the pins. Ids towards the engine are stable: database ids for rounds, assignments and trainees, the organisation's
 * code for organisations.
 */
@Component
public class InstanceBuilder {

    private final AssignmentRepository assignments;
    private final OrganisationRepository organisations;
    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;
    private final HostRankingRepository hostRankings;
    private final PlacementRepository placements;

    InstanceBuilder(
            AssignmentRepository assignments,
            OrganisationRepository organisations,
            TraineeRepository trainees,
            TraineePreferenceRepository preferences,
            HostRankingRepository hostRankings,
            PlacementRepository placements) {
        this.assignments = assignments;
        this.organisations = organisations;
        this.trainees = trainees;
        this.preferences = preferences;
        this.hostRankings = hostRankings;
        this.placements = placements;
    }

    @Transactional(readOnly = true)
    public Instance forRound(Round round, Weights weights) {
        return build(round, weights, trainee -> true);
    }

    /**
     * The round as it stands for one trainee alone: the round's assignments, the trainee's history and pins, no other
     * trainees. Enough to ask the engine which single placements its hard rules forbid for this trainee.
     */
    @Transactional(readOnly = true)
    public Instance forTrainee(Round round, nl.traineeplanner.app.trainee.Trainee trainee) {
        return forTrainee(round, trainee, Weights.DEFAULTS);
    }

    /** The same, scored with these weights. */
    @Transactional(readOnly = true)
    public Instance forTrainee(Round round, nl.traineeplanner.app.trainee.Trainee trainee, Weights weights) {
        return build(round, weights, t -> t.getId().equals(trainee.getId()));
    }

    private Instance build(Round round, Weights weights, Predicate<nl.traineeplanner.app.trainee.Trainee> whom) {
        String roundId = id(round.getId());
        List<nl.traineeplanner.app.assignment.Assignment> offered =
                assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId());
        Set<Long> offeredIds = offered.stream()
                .map(nl.traineeplanner.app.assignment.Assignment::getId)
                .collect(Collectors.toSet());

        List<Organisation> orgs = organisations.findAll().stream()
                .sorted(java.util.Comparator.comparing(nl.traineeplanner.app.organisation.Organisation::getCode))
                .map(o -> new Organisation(o.getCode(), o.getName(), location(o.getLocation())))
                .toList();

        List<Assignment> engineAssignments = offered.stream()
                .map(a -> new Assignment(
                        id(a.getId()),
                        a.getTitle(),
                        a.getOrganisation().getCode(),
                        a.getProgramme().getCode(),
                        a.getDomain().getCode(),
                        List.of(roundId),
                        a.getCapacity(),
                        location(a.getLocation()),
                        a.getUnfilledPenalty()))
                .toList();

        Map<Long, List<String>> ranked = new LinkedHashMap<>();
        for (TraineePreference p : preferences.findByRoundIdOrderByTraineeNameAscRankAsc(round.getId())) {
            if (offeredIds.contains(p.getAssignment().getId())) {
                ranked.computeIfAbsent(p.getTrainee().getId(), t -> new ArrayList<>())
                        .add(id(p.getAssignment().getId()));
            }
        }
        Map<Long, List<HistoryEntry>> history = new LinkedHashMap<>();
        for (Placement p :
                placements.findByRoundCohortIdAndStatus(round.getCohort().getId(), PlacementStatus.PUBLISHED)) {
            if (!p.getRound().getId().equals(round.getId())) {
                var a = p.getAssignment();
                history.computeIfAbsent(p.getTrainee().getId(), t -> new ArrayList<>())
                        .add(new HistoryEntry(
                                id(p.getRound().getId()),
                                a.getOrganisation().getCode(),
                                a.getProgramme().getCode(),
                                a.getDomain().getCode()));
            }
        }
        List<Trainee> cohort = trainees
                .findByCohortIdOrderById(round.getCohort().getId())
                .stream()
                .filter(whom)
                .map(t -> new Trainee(
                        id(t.getId()),
                        t.getName(),
                        location(t.getHome()),
                        List.of(roundId),
                        ranked.getOrDefault(t.getId(), List.of()),
                        t.getExcludedOrganisations().stream()
                                .map(nl.traineeplanner.app.organisation.Organisation::getCode)
                                .collect(Collectors.toSet()),
                        t.getMaxTravelKm().map(Integer::doubleValue).orElse(null),
                        history.getOrDefault(t.getId(), List.of())))
                .toList();
        Set<String> traineeIds = cohort.stream().map(Trainee::id).collect(Collectors.toSet());

        Map<Long, List<String>> hostLists = new LinkedHashMap<>();
        if (!offeredIds.isEmpty()) {
            for (HostRanking h : hostRankings.findByAssignmentIdInOrderByAssignmentIdAscRankAsc(offeredIds)) {
                String trainee = id(h.getTrainee().getId());
                if (traineeIds.contains(trainee)) {
                    hostLists
                            .computeIfAbsent(h.getAssignment().getId(), a -> new ArrayList<>())
                            .add(trainee);
                }
            }
        }
        List<HostPreference> hostPreferences = hostLists.entrySet().stream()
                .map(e -> new HostPreference(id(e.getKey()), e.getValue()))
                .toList();

        List<nl.traineeplanner.engine.Placement> pins = placements.findByRoundId(round.getId()).stream()
                .filter(Placement::isPinned)
                .filter(p -> whom.test(p.getTrainee()))
                .map(p -> new nl.traineeplanner.engine.Placement(
                        id(p.getTrainee().getId()),
                        roundId,
                        id(p.getAssignment().getId())))
                .toList();

        var engineRound = new nl.traineeplanner.engine.Round(roundId, round.getStartDate(), round.getEndDate());
        return new Instance(List.of(engineRound), orgs, engineAssignments, cohort, hostPreferences, pins, weights);
    }

    static String id(Long databaseId) {
        return String.valueOf(databaseId);
    }

    /** The engine's location of a point; none for an unknown point (the home of an anonymised former trainee). */
    private static Location location(GeoPoint point) {
        return point == null ? null : new Location(point.latitude(), point.longitude());
    }
}
