package nl.traineeplanner.app.evaluation.web;

import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which forms a trainee or host may reach, on their pages and in the API: a trainee only their own self-evaluations
 * (anything else is not found, so nothing tells whether it exists); a host only the host forms of placements at its own
 * organisation (another organisation's form is forbidden). The other author's form is never reached by its id: it is
 * shown beside one's own once both are submitted.
 */
@Component
class EvaluationAccess {

    private final Evaluations evaluations;

    EvaluationAccess(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    long traineeId(SignedInUser user) {
        if (user == null || user.traineeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.traineeId();
    }

    long organisationId(SignedInUser user) {
        if (user == null || !"HOST".equals(user.role()) || user.organisationId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.organisationId();
    }

    EvaluationForm traineeForm(SignedInUser user, long id) {
        long trainee = traineeId(user);
        return evaluations
                .form(id)
                .filter(f -> f.getAuthor() == EvaluationAuthor.TRAINEE)
                .filter(f -> f.getPlacement().getTrainee().getId().equals(trainee))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    EvaluationForm hostForm(SignedInUser user, long id) {
        organisationId(user);
        EvaluationForm form = evaluations
                .form(id)
                .filter(f -> f.getAuthor() == EvaluationAuthor.HOST)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!user.isHostOf(form.getPlacement().getAssignment().getOrganisation().getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form;
    }
}
