package nl.traineeplanner.app.preference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.enginedata.EngineRecords;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.round.ChoiceLimits;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's ranked list of assignments for a round ("voorkeuren"): what it holds, which assignments may go on it, and
 * storing a new one. The hard rules that forbid a single placement are the engine's ({@link Problem#whyNotAllowed}), asked
 * about this trainee alone, so the list refuses exactly what the planner could never give.
 */
@Service
public class PreferenceLists {

    public static final int MOTIVATION_MAX = 2000;

    private final TraineePreferenceRepository preferences;
    private final AssignmentRepository assignments;
    private final RoundInstances instances;
    private final Clock clock;

    PreferenceLists(
            TraineePreferenceRepository preferences,
            AssignmentRepository assignments,
            RoundInstances instances,
            Clock clock) {
        this.preferences = preferences;
        this.assignments = assignments;
        this.instances = instances;
        this.clock = clock;
    }

    /** A trainee's list for a round as stored, best first, with its version and what the round asks of it. */
    public record RankedList(Round round, List<TraineePreference> choices, String version, boolean open) {

        public ChoiceLimits limits() {
            return round.getChoiceLimits();
        }

        /** How many more choices the round asks for; 0 once the minimum is reached. */
        public int stillNeeded() {
            return limits().stillNeeded(choices.size());
        }

        public boolean full() {
            return choices.size() >= limits().maximum();
        }

        public Optional<Integer> rankOf(Assignment assignment) {
            return choices.stream()
                    .filter(c -> c.getAssignment().getId().equals(assignment.getId()))
                    .map(TraineePreference::getRank)
                    .findFirst();
        }
    }

    /**
     * One of the round's assignments as this trainee sees it: where it stands on the list (0 when not on it), how far it
     * is from home, and, when a hard rule forbids it, the reason as a message key with its arguments.
     */
    public record Option(
            Assignment assignment, int rank, Long distanceKm, Rule forbiddenBy, List<Object> reasonArguments) {

        public boolean forbidden() {
            return forbiddenBy != null;
        }

        public boolean chosen() {
            return rank > 0;
        }

        public String reasonCode() {
            return forbiddenBy == null ? null : "choice.forbidden." + forbiddenBy.name();
        }
    }

    @Transactional(readOnly = true)
    public RankedList listOf(Trainee trainee, Round round) {
        List<TraineePreference> stored =
                preferences.findByTraineeIdAndRoundIdOrderByRank(trainee.getId(), round.getId());
        return new RankedList(round, stored, version(stored), round.acceptsPreferences(today()));
    }

    /**
     * Every trainee's list for the round, read at once (for an overview of the whole cohort): the same lists as
     * {@link #listOf}, asked per trainee; a trainee who ranked nothing has an empty one.
     */
    @Transactional(readOnly = true)
    public Function<Trainee, RankedList> listsOf(Round round) {
        boolean open = round.acceptsPreferences(today());
        Map<Long, List<TraineePreference>> byTrainee = new HashMap<>();
        for (TraineePreference p : preferences.findByRoundIdOrderByTraineeNameAscRankAsc(round.getId())) {
            byTrainee
                    .computeIfAbsent(p.getTrainee().getId(), id -> new ArrayList<>())
                    .add(p);
        }
        return trainee -> {
            List<TraineePreference> stored = byTrainee.getOrDefault(trainee.getId(), List.of());
            return new RankedList(round, stored, version(stored), open);
        };
    }

    /** Every approved assignment of the round, by title, as this trainee sees it. */
    @Transactional(readOnly = true)
    public List<Option> options(Trainee trainee, Round round) {
        RankedList list = listOf(trainee, round);
        Map<Long, Option> judged = judge(trainee, round, list);
        return offeredIn(round).stream().map(a -> judged.get(a.getId())).toList();
    }

    /**
     * Stores the trainee's new list for the round, in the order given, in place of the stored one. Refused as a whole,
     * with every problem, when the round does not take preferences today, when the stored list is no longer the one of
     * {@code expectedVersion}, or when any line is wrong.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINEE')")
    public RankedList save(Trainee trainee, Round round, List<Choice> choices, String expectedVersion) {
        LocalDate today = today();
        if (!round.acceptsPreferences(today)) {
            throw ListRefused.becauseOfTheMoment(
                    round.getStatus() == RoundStatus.PREFERENCES_OPEN
                            ? ListProblem.ofList("preferences.refused.deadline", round.getPreferencesDeadline())
                            : ListProblem.ofList("preferences.refused.closed", round.getName()));
        }
        RankedList current = listOf(trainee, round);
        if (!current.version().equals(expectedVersion)) {
            throw ListRefused.becauseOfTheMoment(ListProblem.ofList("preferences.refused.changed"));
        }
        List<ListProblem> problems = check(trainee, round, current, choices);
        if (!problems.isEmpty()) {
            throw new ListRefused(problems, false);
        }
        preferences.deleteList(trainee.getId(), round.getId());
        Map<Long, Assignment> byId = new HashMap<>();
        offeredIn(round).forEach(a -> byId.put(a.getId(), a));
        List<TraineePreference> stored = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            stored.add(new TraineePreference(
                    trainee,
                    round,
                    byId.get(choice.assignment()),
                    i + 1,
                    choice.motivation().strip()));
        }
        preferences.saveAllAndFlush(stored);
        return listOf(trainee, round);
    }

    private List<ListProblem> check(Trainee trainee, Round round, RankedList current, List<Choice> choices) {
        List<ListProblem> problems = new ArrayList<>();
        int maximum = round.getChoiceLimits().maximum();
        if (choices.size() > maximum) {
            problems.add(ListProblem.ofList("preferences.refused.tooMany", maximum));
        }
        Map<Long, Option> judged = judge(trainee, round, current);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            Option option = choice.assignment() == null ? null : judged.get(choice.assignment());
            if (option == null) {
                problems.add(ListProblem.ofLine(i, "assignment", "preferences.refused.notOffered", round.getName()));
            } else if (!seen.add(choice.assignment())) {
                problems.add(ListProblem.ofLine(
                        i,
                        "assignment",
                        "preferences.refused.twice",
                        option.assignment().getTitle()));
            } else if (option.forbidden()) {
                problems.add(new ListProblem(i, "assignment", option.reasonCode(), option.reasonArguments()));
            }
            String motivation =
                    choice.motivation() == null ? "" : choice.motivation().strip();
            if (motivation.isEmpty()) {
                problems.add(ListProblem.ofLine(i, "motivation", "preferences.refused.motivation.empty"));
            } else if (motivation.length() > MOTIVATION_MAX) {
                problems.add(
                        ListProblem.ofLine(i, "motivation", "preferences.refused.motivation.long", MOTIVATION_MAX));
            }
        }
        return problems;
    }

    /** Every assignment of the round, judged by the engine's single-placement rules for this trainee. */
    private Map<Long, Option> judge(Trainee trainee, Round round, RankedList list) {
        List<Assignment> offered = offeredIn(round);
        Map<Long, Option> judged = new HashMap<>();
        if (offered.isEmpty()) {
            return judged;
        }
        Problem problem = new Problem(instances.forTrainee(round, trainee));
        int t = problem.traineeIndex(EngineRecords.id(trainee.getId()));
        int r = problem.roundIndex(EngineRecords.id(round.getId()));
        for (Assignment assignment : offered) {
            int a = problem.assignmentIndex(EngineRecords.id(assignment.getId()));
            double km = problem.distanceKm(t, a);
            Long distance = Double.isNaN(km) ? null : Math.round(km);
            Rule rule = problem.whyNotAllowed(t, r, a);
            judged.put(
                    assignment.getId(),
                    new Option(
                            assignment,
                            list.rankOf(assignment).orElse(0),
                            distance,
                            rule,
                            rule == null ? List.of() : reasonArguments(rule, trainee, assignment, distance)));
        }
        return judged;
    }

    private static List<Object> reasonArguments(Rule rule, Trainee trainee, Assignment assignment, Long distance) {
        return switch (rule) {
            case H4, H5 -> List.of(assignment.getOrganisation().getName());
            case H6 -> List.of(distance, trainee.getMaxTravelKm().orElseThrow());
            default -> List.of(assignment.getTitle());
        };
    }

    private List<Assignment> offeredIn(Round round) {
        return assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId()).stream()
                .sorted(java.util.Comparator.comparing(Assignment::getTitle))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String version(List<TraineePreference> choices) {
        return ListVersion.of(choices.stream()
                .map(c -> c.getAssignment().getId() + ":" + c.getMotivation())
                .toList());
    }
}
