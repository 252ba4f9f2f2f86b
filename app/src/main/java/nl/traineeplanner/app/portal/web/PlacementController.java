package nl.traineeplanner.app.portal.web;

import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.planning.PlacementWhy;
import nl.traineeplanner.app.portal.HumanReviews;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainee's own published placement (role TRAINEE; anyone else's placement, or one not yet published, is not
 * found): where, with whom, why in the engine's words, and a request for a person to look at it again.
 */
@Controller
class PlacementController {

    private final PlacementRepository placements;
    private final PlacementWhy why;
    private final HumanReviews reviews;
    private final HumanReviewRequestRepository requests;

    PlacementController(
            PlacementRepository placements,
            PlacementWhy why,
            HumanReviews reviews,
            HumanReviewRequestRepository requests) {
        this.placements = placements;
        this.why = why;
        this.reviews = reviews;
        this.requests = requests;
    }

    @GetMapping("/my/placements/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return show(own(user, id), model);
    }

    @PostMapping("/my/placements/{id}/review")
    String requestReview(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        Placement placement = own(user, id);
        try {
            reviews.request(placement, reason, user.getUsername());
        } catch (HumanReviews.Refused refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("reason", reason);
            return show(placement, model);
        }
        redirect.addFlashAttribute("requested", true);
        return "redirect:/my/placements/" + id;
    }

    private String show(Placement placement, Model model) {
        model.addAttribute("placement", placement);
        model.addAttribute("why", why.of(placement));
        model.addAttribute(
                "request", requests.findByPlacementId(placement.getId()).orElse(null));
        return "portal/placement";
    }

    private Placement own(SignedInUser user, long id) {
        return placements
                .findById(id)
                .filter(p -> p.getStatus() == PlacementStatus.PUBLISHED)
                .filter(p -> user != null && p.getTrainee().getId().equals(user.traineeId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
