package nl.traineeplanner.app.preference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.placement.HostRanking;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host's ranking of the candidates for one of its assignments. The candidates are the trainees who have the
 * assignment on their list for a round that is being planned (preferences open or matching), and no one else: a host
 * never sees a trainee who did not choose its assignment. Whether the assignment is the host's own is the caller's to
 * check.
 */
@Service
public class HostRankings {

    private static final Set<RoundStatus> BEING_PLANNED = Set.of(RoundStatus.PREFERENCES_OPEN, RoundStatus.MATCHING);

    private final TraineePreferenceRepository preferences;
    private final HostRankingRepository rankings;
    private final AuditTrail audit;
    private final Clock clock;

    HostRankings(
            TraineePreferenceRepository preferences, HostRankingRepository rankings, AuditTrail audit, Clock clock) {
        this.preferences = preferences;
        this.rankings = rankings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A trainee who chose the assignment: the choice (round and motivation; the first round when there are several),
     * and the host's rank, or null while the host has not ranked the trainee.
     */
    public record Candidate(Trainee trainee, TraineePreference choice, Integer hostRank) {

        public boolean ranked() {
            return hostRank != null;
        }
    }

    /**
     * The candidates of one assignment in the host's order: those ranked first, by rank, then the others by name. The
     * ranking is open while a round of the assignment takes host rankings; {@code deadline} is the first such deadline
     * still to come (or, when closed, the last one that passed).
     */
    public record CandidateList(
            Assignment assignment, List<Candidate> candidates, String version, boolean open, LocalDate deadline) {

        public long rankedCount() {
            return candidates.stream().filter(Candidate::ranked).count();
        }
    }

    /**
     * The candidates as a host opens them to rank: a read of each candidate's personal data, written to the audit trail
     * for each of them.
     */
    @Transactional
    @PreAuthorize("hasRole('HOST')")
    public CandidateList openedBy(Assignment assignment, String username) {
        CandidateList list = candidatesOf(assignment);
        for (Candidate candidate : list.candidates()) {
            audit.recordRead(
                    username,
                    candidate.trainee().getId(),
                    AuditText.of("audit.read.candidates", assignment.getId(), assignment.getTitle()));
        }
        return list;
    }

    @Transactional(readOnly = true)
    public CandidateList candidatesOf(Assignment assignment) {
        return candidates(
                assignment,
                preferences.findByAssignmentIdOrderByTraineeNameAscRoundStartDateAsc(assignment.getId()),
                rankings.findByAssignmentIdOrderByRank(assignment.getId()));
    }

    /**
     * The candidates of each of these assignments, read at once (for an overview of a whole round): the same lists as
     * {@link #candidatesOf}, by assignment id.
     */
    @Transactional(readOnly = true)
    public Map<Long, CandidateList> candidatesOf(List<Assignment> assignments) {
        List<Long> ids = assignments.stream().map(Assignment::getId).toList();
        Map<Long, List<TraineePreference>> chosen = new HashMap<>();
        // only choices in rounds being planned make candidates, so those are all that need reading
        for (TraineePreference p :
                preferences.findByRoundStatusInOrderByTraineeNameAscRoundStartDateAsc(BEING_PLANNED)) {
            chosen.computeIfAbsent(p.getAssignment().getId(), id -> new ArrayList<>())
                    .add(p);
        }
        Map<Long, List<HostRanking>> ranked = new HashMap<>();
        for (HostRanking h : rankings.findByAssignmentIdInOrderByAssignmentIdAscRankAsc(ids)) {
            ranked.computeIfAbsent(h.getAssignment().getId(), id -> new ArrayList<>())
                    .add(h);
        }
        Map<Long, CandidateList> byAssignment = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byAssignment.put(
                    a.getId(),
                    candidates(
                            a, chosen.getOrDefault(a.getId(), List.of()), ranked.getOrDefault(a.getId(), List.of())));
        }
        return byAssignment;
    }

    /**
     * The candidates of an assignment from the lists that name it (by trainee name, then round) and the host's ranking
     * (best first).
     */
    private CandidateList candidates(
            Assignment assignment, List<TraineePreference> namedIn, List<HostRanking> hostRanking) {
        Map<Long, TraineePreference> chosenBy = new LinkedHashMap<>();
        for (TraineePreference p : namedIn) {
            if (BEING_PLANNED.contains(p.getRound().getStatus())) {
                chosenBy.putIfAbsent(p.getTrainee().getId(), p);
            }
        }
        Map<Long, Integer> hostRank = new LinkedHashMap<>();
        for (HostRanking h : hostRanking) {
            if (chosenBy.containsKey(h.getTrainee().getId())) {
                hostRank.put(h.getTrainee().getId(), hostRank.size() + 1);
            }
        }
        List<Candidate> candidates = chosenBy.values().stream()
                .map(p -> new Candidate(
                        p.getTrainee(), p, hostRank.get(p.getTrainee().getId())))
                .sorted(Comparator.comparing((Candidate c) -> c.hostRank() == null ? Integer.MAX_VALUE : c.hostRank()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> upcoming = assignment.getRounds().stream()
                .filter(r -> r.acceptsHostRankings(today))
                .map(Round::getHostRankingDeadline)
                .min(Comparator.naturalOrder());
        LocalDate deadline = upcoming.orElseGet(() -> assignment.getRounds().stream()
                .filter(r -> BEING_PLANNED.contains(r.getStatus()))
                .map(Round::getHostRankingDeadline)
                .max(Comparator.naturalOrder())
                .orElse(null));
        String version = ListVersion.of(candidates.stream()
                .map(c -> c.trainee().getId() + ":" + c.hostRank())
                .toList());
        return new CandidateList(assignment, candidates, version, upcoming.isPresent(), deadline);
    }

    /**
     * Stores the host's ranking of the assignment's candidates, best first, in place of the stored one; candidates left
     * out stay unranked. Refused as a whole when no round of the assignment takes rankings today, when the candidates or
     * their ranking changed since {@code expectedVersion}, or when a trainee is named twice or is no candidate.
     */
    @Transactional
    @PreAuthorize("hasRole('HOST')")
    public CandidateList save(Assignment assignment, List<Long> traineeIds, String expectedVersion) {
        CandidateList current = candidatesOf(assignment);
        if (!current.open()) {
            throw ListRefused.becauseOfTheMoment(ListProblem.ofList("ranking.refused.closed", current.deadline()));
        }
        if (!current.version().equals(expectedVersion)) {
            throw ListRefused.becauseOfTheMoment(ListProblem.ofList("ranking.refused.changed"));
        }
        Map<Long, Trainee> candidates = new LinkedHashMap<>();
        current.candidates().forEach(c -> candidates.put(c.trainee().getId(), c.trainee()));
        List<ListProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < traineeIds.size(); i++) {
            Long id = traineeIds.get(i);
            if (id == null || !candidates.containsKey(id)) {
                problems.add(ListProblem.ofLine(i, "trainee", "ranking.refused.notCandidate"));
            } else if (!seen.add(id)) {
                problems.add(ListProblem.ofLine(
                        i,
                        "trainee",
                        "ranking.refused.twice",
                        candidates.get(id).getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ListRefused(problems, false);
        }
        rankings.deleteRanking(assignment.getId());
        List<HostRanking> stored = new ArrayList<>();
        for (int i = 0; i < traineeIds.size(); i++) {
            stored.add(new HostRanking(assignment, candidates.get(traineeIds.get(i)), i + 1));
        }
        rankings.saveAllAndFlush(stored);
        return candidatesOf(assignment);
    }
}
