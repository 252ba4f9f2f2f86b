package nl.traineeplanner.app.placement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HostRankingRepository extends JpaRepository<HostRanking, Long> {

    List<HostRanking> findByAssignmentIdOrderByRank(Long assignmentId);

    boolean existsByAssignmentId(Long assignmentId);

    List<HostRanking> findByAssignmentIdInOrderByAssignmentIdAscRankAsc(Collection<Long> assignmentIds);

    /** Removes the host's ranking of one assignment at once, so that a new ranking can take its ranks. */
    @Modifying(flushAutomatically = true)
    @Query("delete from HostRanking h where h.assignment.id = :assignment")
    int deleteRanking(@Param("assignment") Long assignmentId);
}
