package nl.traineeplanner.app.trainee;

import java.util.Collection;
import java.util.List;
import nl.traineeplanner.app.round.RoundStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TraineePreferenceRepository extends JpaRepository<TraineePreference, Long> {

    List<TraineePreference> findByTraineeOrderByRoundStartDateAscRankAsc(Trainee trainee);

    List<TraineePreference> findByRoundIdOrderByTraineeNameAscRankAsc(Long roundId);

    /** One trainee's ranked list for one round, best first. */
    List<TraineePreference> findByTraineeIdAndRoundIdOrderByRank(Long traineeId, Long roundId);

    /** Every trainee who ranked this assignment, in any round. */
    List<TraineePreference> findByAssignmentIdOrderByTraineeNameAscRoundStartDateAsc(Long assignmentId);

    /** Every choice of every list of the rounds in these states (the rounds being planned), by trainee and round. */
    List<TraineePreference> findByRoundStatusInOrderByTraineeNameAscRoundStartDateAsc(Collection<RoundStatus> statuses);

    /** Removes one trainee's list for one round at once, so that a new list can take its ranks. */
    @Modifying(flushAutomatically = true)
    @Query("delete from TraineePreference p where p.trainee.id = :trainee and p.round.id = :round")
    int deleteList(@Param("trainee") Long traineeId, @Param("round") Long roundId);
}
