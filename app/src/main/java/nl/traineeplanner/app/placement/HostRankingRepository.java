package nl.traineeplanner.app.placement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HostRankingRepository extends JpaRepository<HostRanking, Long> {

    List<HostRanking> findByAssignmentIdOrderByRank(Long assignmentId);

    List<HostRanking> findByAssignmentIdInOrderByAssignmentIdAscRankAsc(Collection<Long> assignmentIds);
}
