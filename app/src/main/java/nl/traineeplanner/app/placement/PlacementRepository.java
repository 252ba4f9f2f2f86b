package nl.traineeplanner.app.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementRepository extends JpaRepository<Placement, Long> {

    List<Placement> findByRoundId(Long roundId);

    boolean existsByAssignmentId(Long assignmentId);

    List<Placement> findByRoundCohortIdAndStatus(Long cohortId, PlacementStatus status);

    List<Placement> findByRoundIdAndStatus(Long roundId, PlacementStatus status);

    /** Every placement of a trainee, proposed or published, in round order. */
    List<Placement> findByTraineeIdOrderByRoundStartDate(Long traineeId);

    /** A trainee's placements with this status, in round order. */
    List<Placement> findByTraineeIdAndStatusOrderByRoundStartDate(Long traineeId, PlacementStatus status);

    /** The placements with this status at one organisation, by round and then trainee. */
    List<Placement> findByAssignmentOrganisationIdAndStatusOrderByRoundStartDateAscTraineeNameAsc(
            Long organisationId, PlacementStatus status);
}
