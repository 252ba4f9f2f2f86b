package nl.traineeplanner.app.assignment;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AssignmentRepository extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    /** A page of the catalogue, with each assignment's organisation read in the same query (the page names it). */
    @Override
    @EntityGraph(attributePaths = "organisation")
    Page<Assignment> findAll(Specification<Assignment> spec, Pageable pageable);

    List<Assignment> findByStatusOrderByTitle(AssignmentStatus status);

    long countByStatus(AssignmentStatus status);

    boolean existsByTitle(String title);

    List<Assignment> findByOrganisationIdOrderByTitle(Long organisationId);

    List<Assignment> findByStatusAndRoundsIdOrderById(AssignmentStatus status, Long roundId);
}
