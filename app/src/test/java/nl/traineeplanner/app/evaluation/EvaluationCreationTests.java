package nl.traineeplanner.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a round makes the four forms of every placement it publishes (mid-term and final, host and trainee), in
 * the same transaction; making them again makes none.
 */
@WebAppTest
@Transactional
class EvaluationCreationTests {

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private RoundInstances instances;

    @Autowired
    private RoundDecisions decisions;

    @Autowired
    private EvaluationFormRepository forms;

    @Autowired
    private Evaluations evaluations;

    @Test
    void publishingARoundMakesFourFormsPerPlacement() {
        Round round = rounds.findAllByOrderByStartDate().get(0);
        round.startMatching(LocalDate.of(2026, 12, 1), "alle voorkeuren zijn binnen");
        String roundId = String.valueOf(round.getId());
        DeferredAcceptance.plan(new Problem(instances.forRound(round, Weights.DEFAULTS))).stream()
                .filter(p -> p.round().equals(roundId))
                .forEach(p -> placements.save(new Placement(
                        trainees.findById(Long.valueOf(p.trainee())).orElseThrow(),
                        round,
                        assignments.findById(Long.valueOf(p.assignment())).orElseThrow())));
        assertThat(forms.findByPlacementRoundId(round.getId())).isEmpty();

        int published = nl.traineeplanner.app.AsCoordinator.call(() -> decisions.publish(round, null, "coordinator"));

        List<Placement> placed = placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED);
        assertThat(published).isPositive().isEqualTo(placed.size());
        List<EvaluationForm> made = forms.findByPlacementRoundId(round.getId());
        assertThat(made).hasSize(4 * placed.size());
        for (Placement placement : placed) {
            assertThat(forms.findByPlacementId(placement.getId()))
                    .extracting(EvaluationForm::getMoment, EvaluationForm::getAuthor)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(EvaluationMoment.MID_TERM, EvaluationAuthor.HOST),
                            org.assertj.core.groups.Tuple.tuple(EvaluationMoment.MID_TERM, EvaluationAuthor.TRAINEE),
                            org.assertj.core.groups.Tuple.tuple(EvaluationMoment.FINAL, EvaluationAuthor.HOST),
                            org.assertj.core.groups.Tuple.tuple(EvaluationMoment.FINAL, EvaluationAuthor.TRAINEE));
        }
        assertThat(made).allSatisfy(f -> assertThat(f.getSavedAt()).isNull());
        assertThat(evaluations.perTrainee()).hasSize(2 * placed.size());

        assertThat(evaluations.createFor(round)).isZero();
        assertThat(forms.findByPlacementRoundId(round.getId())).hasSize(4 * placed.size());
    }
}
