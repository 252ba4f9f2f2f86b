package nl.traineeplanner.app.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.planning.PlacementWhy;
import nl.traineeplanner.app.portal.HumanReviews;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A trainee's own published placements over JSON, with why they are there, and the request for a human review
 * (role TRAINEE; anyone else's placement is not found).
 */
@RestController
@JsonApi
@Tag(name = "Preferences and rankings", description = "A trainee's own data (trainee) and a host's rankings (host)")
class PlacementApiController {

    private final PlacementRepository placements;
    private final PlacementWhy why;
    private final HumanReviews reviews;
    private final MessageSource messages;

    PlacementApiController(
            PlacementRepository placements, PlacementWhy why, HumanReviews reviews, MessageSource messages) {
        this.placements = placements;
        this.why = why;
        this.reviews = reviews;
        this.messages = messages;
    }

    record PlacementJson(
            long id,
            long round,
            String roundName,
            LocalDate start,
            LocalDate end,
            long assignment,
            String title,
            String organisation,
            String supervisor,
            String supervisorEmail,
            int rank,
            long points,
            List<String> why) {}

    record ReviewRequest(
            @Size(max = 4000, message = "{bounds.text}") String reason) {}

    @GetMapping("/api/my/placements")
    @Operation(summary = "My published placements, each with the place it had on my list and why it is there")
    @Transactional(readOnly = true)
    List<PlacementJson> mine(@AuthenticationPrincipal SignedInUser user) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return placements
                .findByTraineeIdAndStatusOrderByRoundStartDate(user.traineeId(), PlacementStatus.PUBLISHED)
                .stream()
                .map(p -> {
                    PlacementWhy.Why w = why.of(p);
                    return new PlacementJson(
                            p.getId(),
                            p.getRound().getId(),
                            p.getRound().getName(),
                            p.getRound().getStartDate(),
                            p.getRound().getEndDate(),
                            p.getAssignment().getId(),
                            p.getAssignment().getTitle(),
                            p.getAssignment().getOrganisation().getName(),
                            p.getAssignment().getSupervisor().name(),
                            p.getAssignment().getSupervisor().email(),
                            w.rank(),
                            w.points(),
                            w.terms().stream()
                                    .map(t -> english ? t.en() : t.nl())
                                    .toList());
                })
                .toList();
    }

    @PostMapping("/api/my/placements/{id}/review")
    @Operation(summary = "Ask that a person looks at my placement again, with the reason (once per placement)")
    ResponseEntity<Void> requestReview(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Valid @RequestBody ReviewRequest request) {
        Placement placement = placements
                .findById(id)
                .filter(p -> p.getStatus() == PlacementStatus.PUBLISHED)
                .filter(p -> user != null && p.getTrainee().getId().equals(user.traineeId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        reviews.request(placement, request.reason(), user.getUsername());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @ExceptionHandler(HumanReviews.Refused.class)
    ResponseEntity<ProblemDetail> refused(HumanReviews.Refused refused) {
        HttpStatus status = refused.getMessage().endsWith(".twice") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(refused.getMessage(), null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", refused.getMessage());
        return ResponseEntity.status(status).body(problem);
    }
}
