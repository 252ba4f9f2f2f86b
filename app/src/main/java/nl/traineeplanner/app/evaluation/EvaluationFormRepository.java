package nl.traineeplanner.app.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationFormRepository extends JpaRepository<EvaluationForm, Long> {

    List<EvaluationForm> findByPlacementId(Long placementId);

    List<EvaluationForm> findByPlacementTraineeId(Long traineeId);

    List<EvaluationForm> findByPlacementAssignmentOrganisationId(Long organisationId);

    List<EvaluationForm> findByPlacementRoundId(Long roundId);

    /** The forms someone saved or submitted, by their user name. */
    List<EvaluationForm> findBySavedByOrSubmittedBy(String savedBy, String submittedBy);
}
