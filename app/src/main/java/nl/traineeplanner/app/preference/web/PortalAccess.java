package nl.traineeplanner.app.preference.web;

import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which objects a trainee or host may reach on their own pages and in the API: a trainee only their own trainee record
 * and the rounds of their own cohort; a host only the approved assignments of their own organisation. Anything else is
 * not found (a round of another cohort, an unknown assignment) or forbidden (another organisation's assignment).
 */
@Component
public class PortalAccess {

    private final TraineeRepository trainees;
    private final RoundRepository rounds;
    private final AssignmentRepository assignments;

    PortalAccess(TraineeRepository trainees, RoundRepository rounds, AssignmentRepository assignments) {
        this.trainees = trainees;
        this.rounds = rounds;
        this.assignments = assignments;
    }

    public Trainee trainee(SignedInUser user) {
        if (user == null || user.traineeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return trainees.findById(user.traineeId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    public Round roundOf(Trainee trainee, long roundId) {
        return rounds.findById(roundId)
                .filter(r -> r.getCohort().getId().equals(trainee.getCohort().getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public Assignment ownAssignment(SignedInUser host, long assignmentId) {
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (host == null || !host.isHostOf(assignment.getOrganisation().getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return assignment;
    }
}
