package nl.traineeplanner.app.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningRunRepository extends JpaRepository<PlanningRun, Long> {

    List<PlanningRun> findByRoundIdOrderByStartedAtDescIdDesc(Long roundId);

    List<PlanningRun> findByStatus(PlanningRunStatus status);

    long countByRoundId(Long roundId);

    /** Every run of the rounds of one cohort. */
    List<PlanningRun> findByRoundCohortIdOrderById(Long cohortId);
}
