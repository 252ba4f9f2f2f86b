package nl.traineeplanner.app.round;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, Long> {

    List<Round> findAllByOrderByStartDate();

    List<Round> findByStatus(RoundStatus status);

    List<Round> findByCohortIdOrderBySequenceNumber(Long cohortId);
}
