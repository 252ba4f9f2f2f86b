package nl.traineeplanner.app.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HumanReviewRequestRepository extends JpaRepository<HumanReviewRequest, Long> {

    Optional<HumanReviewRequest> findByPlacementId(Long placementId);

    List<HumanReviewRequest> findByPlacementRoundIdOrderByRequestedAt(Long roundId);

    /** A trainee's requests, oldest first. */
    List<HumanReviewRequest> findByPlacementTraineeIdOrderByRequestedAt(Long traineeId);
}
