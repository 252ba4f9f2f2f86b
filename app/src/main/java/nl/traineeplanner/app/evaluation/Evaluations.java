package nl.traineeplanner.app.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPublished;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of published placements. Their four forms (mid-term and final, host and trainee) are made when the
 * round is published, in the same transaction; placements published before evaluations existed got theirs from the
 * migration. Today is the {@link Clock}'s day.
 */
@Service
public class Evaluations {

    /** Evaluations in the order people read them: by round, trainee, then mid-term before final. */
    private static final Comparator<Evaluation> BY_ROUND_AND_TRAINEE = Comparator.comparing(
                    (Evaluation e) -> e.placement().getRound().getStartDate())
            .thenComparing(e -> e.placement().getTrainee().getName())
            .thenComparing(Evaluation::moment);

    private final EvaluationFormRepository forms;
    private final PlacementRepository placements;
    private final RoundRepository rounds;
    private final Clock clock;

    Evaluations(EvaluationFormRepository forms, PlacementRepository placements, RoundRepository rounds, Clock clock) {
        this.forms = forms;
        this.placements = placements;
        this.rounds = rounds;
        this.clock = clock;
    }

    @EventListener
    void roundPublished(RoundPublished published) {
        createFor(rounds.findById(published.roundId()).orElseThrow());
    }

    /**
     * Makes the forms every published placement of the round still lacks: for each, a mid-term and a final evaluation,
     * each with a form for the host and one for the trainee. Returns how many were made; a second call makes none.
     */
    @Transactional
    public int createFor(Round round) {
        Set<String> existing = forms.findByPlacementRoundId(round.getId()).stream()
                .map(f -> key(f.getPlacement(), f.getMoment(), f.getAuthor()))
                .collect(Collectors.toSet());
        List<EvaluationForm> made = new ArrayList<>();
        for (Placement placement : placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED)) {
            for (EvaluationMoment moment : EvaluationMoment.values()) {
                for (EvaluationAuthor author : EvaluationAuthor.values()) {
                    if (!existing.contains(key(placement, moment, author))) {
                        made.add(new EvaluationForm(placement, moment, author));
                    }
                }
            }
        }
        forms.saveAll(made);
        return made.size();
    }

    /** The trainee's evaluations, by round, mid-term before final. */
    @Transactional(readOnly = true)
    public List<Evaluation> ofTrainee(long traineeId) {
        return grouped(forms.findByPlacementTraineeId(traineeId), BY_ROUND_AND_TRAINEE);
    }

    /** The evaluations of the placements at one organisation, by round and trainee. */
    @Transactional(readOnly = true)
    public List<Evaluation> atOrganisation(long organisationId) {
        return grouped(forms.findByPlacementAssignmentOrganisationId(organisationId), BY_ROUND_AND_TRAINEE);
    }

    /** Every evaluation, by trainee, then round. */
    @Transactional(readOnly = true)
    public List<Evaluation> perTrainee() {
        return grouped(
                forms.findAll(),
                Comparator.comparing(
                                (Evaluation e) -> e.placement().getTrainee().getName())
                        .thenComparing(e -> e.placement().getTrainee().getId())
                        .thenComparing(e -> e.placement().getRound().getStartDate())
                        .thenComparing(Evaluation::moment));
    }

    /** Every evaluation, by organisation, then round and trainee. */
    @Transactional(readOnly = true)
    public List<Evaluation> perOrganisation() {
        return grouped(
                forms.findAll(),
                Comparator.comparing((Evaluation e) ->
                                e.placement().getAssignment().getOrganisation().getName())
                        .thenComparing(BY_ROUND_AND_TRAINEE));
    }

    /** The forms of these evaluations whose authors have something to do today: open and not submitted. */
    public List<EvaluationForm> due(List<Evaluation> evaluations, EvaluationAuthor author) {
        LocalDate today = today();
        return evaluations.stream()
                .map(e -> e.form(author))
                .filter(f -> f.isDue(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationForm> form(long id) {
        return forms.findById(id);
    }

    /** The evaluation a form belongs to, with both its forms. */
    @Transactional(readOnly = true)
    public Evaluation evaluationOf(EvaluationForm form) {
        List<EvaluationForm> both = forms.findByPlacementId(form.getPlacement().getId()).stream()
                .filter(f -> f.getMoment() == form.getMoment())
                .toList();
        return grouped(both, BY_ROUND_AND_TRAINEE).get(0);
    }

    /**
     * Stores a form's answers, as a draft or submitted, if the form accepts them today (see
     * {@link EvaluationForm#save}); refused with {@link EvaluationRefused} otherwise. A form saved in another
     * transaction meanwhile is refused in the same way as an older version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINEE', 'HOST')")
    public EvaluationForm save(
            EvaluationForm form, EvaluationAnswers answers, boolean submit, long expectedVersion, String username) {
        form.save(answers, submit, expectedVersion, today(), username, LocalDateTime.now(clock));
        try {
            return forms.saveAndFlush(form);
        } catch (ObjectOptimisticLockingFailureException savedElsewhere) {
            throw EvaluationRefused.becauseOfTheMoment(EvaluationProblem.ofForm("evaluation.refused.changed"));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<Evaluation> grouped(List<EvaluationForm> found, Comparator<Evaluation> order) {
        Map<String, Map<EvaluationAuthor, EvaluationForm>> byEvaluation = new LinkedHashMap<>();
        for (EvaluationForm form : found) {
            byEvaluation
                    .computeIfAbsent(
                            form.getPlacement().getId() + "/" + form.getMoment(),
                            k -> new EnumMap<>(EvaluationAuthor.class))
                    .put(form.getAuthor(), form);
        }
        return byEvaluation.values().stream()
                .filter(pair -> pair.size() == EvaluationAuthor.values().length)
                .map(pair -> {
                    EvaluationForm host = pair.get(EvaluationAuthor.HOST);
                    return new Evaluation(
                            host.getPlacement(), host.getMoment(), host, pair.get(EvaluationAuthor.TRAINEE));
                })
                .sorted(order)
                .toList();
    }

    private static String key(Placement placement, EvaluationMoment moment, EvaluationAuthor author) {
        return placement.getId() + "/" + moment + "/" + author;
    }
}
