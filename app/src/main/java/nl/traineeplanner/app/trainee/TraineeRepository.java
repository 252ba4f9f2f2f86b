package nl.traineeplanner.app.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TraineeRepository extends JpaRepository<Trainee, Long> {

    List<Trainee> findAllByOrderByName();

    List<Trainee> findByCohortIdOrderById(Long cohortId);

    /** Whether a trainee has this name, such as a pseudonym about to be given. */
    boolean existsByName(String name);

    /** Whether another trainee already has this e-mail address. */
    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);
}
