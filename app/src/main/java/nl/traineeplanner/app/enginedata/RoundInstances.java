package nl.traineeplanner.app.enginedata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
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
 * Builds the engine's instance for one round of a cohort from the database, alone or planned ahead with the cohort's
 * later rounds: the published placements of the cohort's other rounds are each trainee's history, the pinned placements
 * of the round are the pins. Ids towards the engine are those of {@link EngineRecords}. The way back, from a plan's
 * placements to new placements of the round, is {@link #placementsOf}.
 */
@Component
public class RoundInstances {

    private final AssignmentRepository assignments;
    private final OrganisationRepository organisations;
    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;
    private final HostRankingRepository hostRankings;
    private final PlacementRepository placements;
    private final RoundRepository rounds;

    RoundInstances(
            AssignmentRepository assignments,
            OrganisationRepository organisations,
            TraineeRepository trainees,
            TraineePreferenceRepository preferences,
            HostRankingRepository hostRankings,
            PlacementRepository placements,
            RoundRepository rounds) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.organisations = organisations;
        this.trainees = trainees;
        this.preferences = preferences;
        this.hostRankings = hostRankings;
        this.placements = placements;
    }

    @Transactional(readOnly = true)
    public Instance forRound(Round round, Weights weights) {
        return build(List.of(round), weights, trainee -> true);
    }

    /**
     * The round planned ahead: the round first, then the cohort's later rounds whose assignments are known (see
     * {@link #laterRoundsKnown}). Each trainee is planned in all of them, so the rules across rounds (a different
     * organisation each round, variety, both programmes) weigh in the choice for this round. A trainee's ranked lists
     * of these rounds are joined into one, this round's first: where a later round has no list yet, this round's list
     * speaks for it, for the assignments offered in both. Only the round's own pins are pins.
     */
    @Transactional(readOnly = true)
    public Instance ahead(Round round, Weights weights) {
        List<Round> planned = new ArrayList<>();
        planned.add(round);
        planned.addAll(laterRoundsKnown(round));
        return build(planned, weights, trainee -> true);
    }

    /**
     * The cohort's rounds after this one that are not published yet and whose approved assignments already offer a
     * place to every trainee of the cohort: the rounds a plan can look ahead to.
     */
    @Transactional(readOnly = true)
    public List<Round> laterRoundsKnown(Round round) {
        int cohortSize =
                trainees.findByCohortIdOrderById(round.getCohort().getId()).size();
        return rounds.findByCohortIdOrderBySequenceNumber(round.getCohort().getId()).stream()
                .filter(r -> r.getSequenceNumber() > round.getSequenceNumber())
                .filter(r -> r.getStatus().compareTo(RoundStatus.PUBLISHED) < 0)
                .filter(r -> cohortSize > 0
                        && assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, r.getId()).stream()
                                        .mapToInt(a -> a.getCapacity())
                                        .sum()
                                >= cohortSize)
                .toList();
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
        return build(List.of(round), weights, t -> t.getId().equals(trainee.getId()));
    }

    /** The instance of these rounds of one cohort, the first being the round whose pins count. */
    private Instance build(
            List<Round> planned, Weights weights, Predicate<nl.traineeplanner.app.trainee.Trainee> whom) {
        Round round = planned.get(0);
        List<String> roundIds = planned.stream().map(r -> id(r.getId())).toList();
        Set<Long> plannedIds = planned.stream().map(Round::getId).collect(Collectors.toSet());

        // each approved assignment with the planned rounds it is offered in, in the order of the rounds
        Map<Long, nl.traineeplanner.app.assignment.Assignment> offered = new LinkedHashMap<>();
        Map<Long, List<String>> offeredIn = new LinkedHashMap<>();
        Map<Long, Set<Long>> offeredByRound = new LinkedHashMap<>();
        for (Round r : planned) {
            Set<Long> ids = new HashSet<>();
            for (var a : assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, r.getId())) {
                offered.putIfAbsent(a.getId(), a);
                offeredIn.computeIfAbsent(a.getId(), x -> new ArrayList<>()).add(id(r.getId()));
                ids.add(a.getId());
            }
            offeredByRound.put(r.getId(), ids);
        }

        List<Organisation> orgs = organisations.findAll().stream()
                .sorted(Comparator.comparing(o -> o.getCode()))
                .map(o -> new Organisation(o.getCode(), o.getName(), location(o.getLocation())))
                .toList();

        List<Assignment> engineAssignments = offered.values().stream()
                .sorted(Comparator.comparing(a -> a.getId()))
                .map(a -> new Assignment(
                        id(a.getId()),
                        a.getTitle(),
                        a.getOrganisation().getCode(),
                        a.getProgramme().getCode(),
                        a.getDomain().getCode(),
                        List.copyOf(offeredIn.get(a.getId())),
                        a.getCapacity(),
                        location(a.getLocation()),
                        a.getUnfilledPenalty()))
                .toList();

        Map<Long, List<String>> ranked = new LinkedHashMap<>();
        for (Round r : planned) {
            Set<Long> offeredHere = offeredByRound.get(r.getId());
            for (TraineePreference p : preferences.findByRoundIdOrderByTraineeNameAscRankAsc(r.getId())) {
                String assignment = id(p.getAssignment().getId());
                if (offeredHere.contains(p.getAssignment().getId())) {
                    List<String> list = ranked.computeIfAbsent(p.getTrainee().getId(), t -> new ArrayList<>());
                    if (!list.contains(assignment)) {
                        list.add(assignment);
                    }
                }
            }
        }
        Map<Long, List<HistoryEntry>> history = new LinkedHashMap<>();
        for (Placement p :
                placements.findByRoundCohortIdAndStatus(round.getCohort().getId(), PlacementStatus.PUBLISHED)) {
            if (!plannedIds.contains(p.getRound().getId())) {
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
                        roundIds,
                        ranked.getOrDefault(t.getId(), List.of()),
                        t.getExcludedOrganisations().stream()
                                .map(o -> o.getCode())
                                .collect(Collectors.toSet()),
                        t.getMaxTravelKm().map(Integer::doubleValue).orElse(null),
                        history.getOrDefault(t.getId(), List.of())))
                .toList();
        Set<String> traineeIds = cohort.stream().map(Trainee::id).collect(Collectors.toSet());

        Map<Long, List<String>> hostLists = new LinkedHashMap<>();
        if (!offered.isEmpty()) {
            for (HostRanking h : hostRankings.findByAssignmentIdInOrderByAssignmentIdAscRankAsc(offered.keySet())) {
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

        String roundId = id(round.getId());
        var pins = placements.findByRoundId(round.getId()).stream()
                .filter(Placement::isPinned)
                .filter(p -> whom.test(p.getTrainee()))
                .map(p -> EngineRecords.placement(p.getTrainee().getId(), roundId, p.getAssignment()))
                .toList();

        List<nl.traineeplanner.engine.Round> engineRounds = planned.stream()
                .map(r -> new nl.traineeplanner.engine.Round(id(r.getId()), r.getStartDate(), r.getEndDate()))
                .toList();
        return new Instance(engineRounds, orgs, engineAssignments, cohort, hostPreferences, pins, weights);
    }

    /**
     * The placements a plan made in this round, as new placements of the round, not stored yet; placements of other
     * rounds (planned ahead) are left out. Empty when the plan names a trainee or an assignment that is gone.
     */
    @Transactional(readOnly = true)
    public Optional<List<Placement>> placementsOf(Round round, List<nl.traineeplanner.engine.Placement> planned) {
        String roundId = id(round.getId());
        List<Placement> made = new ArrayList<>();
        for (var p : planned) {
            if (!p.round().equals(roundId)) {
                continue;
            }
            var trainee = trainees.findById(EngineRecords.databaseId(p.trainee()));
            var assignment = assignments.findById(EngineRecords.databaseId(p.assignment()));
            if (trainee.isEmpty() || assignment.isEmpty()) {
                return Optional.empty();
            }
            made.add(new Placement(trainee.get(), round, assignment.get()));
        }
        return Optional.of(made);
    }

    private static String id(Long databaseId) {
        return EngineRecords.id(databaseId);
    }

    private static Location location(GeoPoint point) {
        return EngineRecords.location(point);
    }
}
