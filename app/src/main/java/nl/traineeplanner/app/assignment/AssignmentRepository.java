package nl.traineeplanner.app.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AssignmentRepository extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    List<Assignment> findByStatusOrderByTitle(AssignmentStatus status);

    long countByStatus(AssignmentStatus status);

    boolean existsByTitle(String title);

    List<Assignment> findByOrganisationIdOrderByTitle(Long organisationId);

    List<Assignment> findByStatusAndRoundsIdOrderById(AssignmentStatus status, Long roundId);
}
