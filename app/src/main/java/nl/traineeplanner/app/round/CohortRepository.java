package nl.traineeplanner.app.round;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByName(String name);

    boolean existsByNameIgnoreCase(String name);
}
