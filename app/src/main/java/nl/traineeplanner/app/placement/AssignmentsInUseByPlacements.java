package nl.traineeplanner.app.placement;

import nl.traineeplanner.app.assignment.AssignmentsInUse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An assignment is in use once a trainee is placed at it or its host has ranked a candidate. */
@Component
class AssignmentsInUseByPlacements implements AssignmentsInUse {

    private final PlacementRepository placements;
    private final HostRankingRepository rankings;

    AssignmentsInUseByPlacements(PlacementRepository placements, HostRankingRepository rankings) {
        this.placements = placements;
        this.rankings = rankings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inUse(long assignmentId) {
        return placements.existsByAssignmentId(assignmentId) || rankings.existsByAssignmentId(assignmentId);
    }
}
