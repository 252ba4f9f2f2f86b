package nl.traineeplanner.app.portal.web;

import java.util.List;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A host's start page (role HOST; only its own organisation): its approved assignments with their candidates to rank,
 * the trainees placed with it once a round is published, with their contact details and supervisor, and the
 * evaluations it can fill in now.
 */
@Controller
class HostHomeController {

    private final OrganisationRepository organisations;
    private final AssignmentRepository assignments;
    private final HostRankings rankings;
    private final PlacementRepository placements;
    private final Evaluations evaluations;

    HostHomeController(
            OrganisationRepository organisations,
            AssignmentRepository assignments,
            HostRankings rankings,
            PlacementRepository placements,
            Evaluations evaluations) {
        this.organisations = organisations;
        this.assignments = assignments;
        this.rankings = rankings;
        this.placements = placements;
        this.evaluations = evaluations;
    }

    @GetMapping("/host")
    String home(@AuthenticationPrincipal SignedInUser host, Model model) {
        var organisation = organisations
                .findById(host.organisationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        List<HostRankings.CandidateList> candidates =
                assignments.findByOrganisationIdOrderByTitle(organisation.getId()).stream()
                        .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                        .map(rankings::candidatesOf)
                        .toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("candidateLists", candidates);
        model.addAttribute(
                "placements",
                placements.findByAssignmentOrganisationIdAndStatusOrderByRoundStartDateAscTraineeNameAsc(
                        organisation.getId(), PlacementStatus.PUBLISHED));
        model.addAttribute(
                "evaluationsDue",
                evaluations.due(evaluations.atOrganisation(organisation.getId()), EvaluationAuthor.HOST));
        model.addAttribute("today", evaluations.today());
        return "portal/host";
    }
}
