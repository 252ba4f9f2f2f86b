package nl.traineeplanner.app.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TraineePreferenceRepository extends JpaRepository<TraineePreference, Long> {

    List<TraineePreference> findByTraineeOrderByRoundStartDateAscRankAsc(Trainee trainee);

    List<TraineePreference> findByRoundIdOrderByTraineeNameAscRankAsc(Long roundId);
}
