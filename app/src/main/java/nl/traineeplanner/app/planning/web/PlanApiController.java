package nl.traineeplanner.app.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Comparator;
import java.util.List;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.planning.PlanEdits;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The round's proposal over JSON, and the same changes by hand as on the board, each checked and re-scored. */
@RestController
@JsonApi
@Tag(name = "Proposal", description = "The proposal of a round and changes to it by hand (coordinator only)")
class PlanApiController {

    private final RoundRepository rounds;
    private final PlacementRepository placements;
    private final PlanEdits edits;

    PlanApiController(RoundRepository rounds, PlacementRepository placements, PlanEdits edits) {
        this.rounds = rounds;
        this.placements = placements;
        this.edits = edits;
    }

    @GetMapping("/api/rounds/{id}/proposal")
    @Operation(
            summary = "The round's proposal: its placements with their versions, and its penalty points",
            description = "A change names the version of each placement it changes; a change on an older version"
                    + " is refused with 409.")
    @Transactional(readOnly = true)
    PlanJson plan(@PathVariable long id) {
        Round round = round(id);
        List<PlanPlacementJson> list = placements.findByRoundId(id).stream()
                .sorted(Comparator.comparing(p -> p.getTrainee().getName()))
                .map(p -> new PlanPlacementJson(
                        p.getId(),
                        p.getVersion(),
                        p.getTrainee().getId(),
                        p.getTrainee().getName(),
                        p.getAssignment().getId(),
                        p.getAssignment().getTitle(),
                        p.isPinned(),
                        p.getStatus().name()))
                .toList();
        Long objective = round.isOpenForPlanning() && !list.isEmpty() ? edits.total(round) : null;
        return new PlanJson(id, objective, list);
    }

    @GetMapping("/api/rounds/{id}/proposal/trainees/{traineeId}/options")
    @Operation(
            summary = "Where the trainee could go: every move, swap or placement, checked against the hard rules and"
                    + " scored as if done")
    List<PlanEdits.Option> options(@PathVariable long id, @PathVariable long traineeId) {
        return edits.options(round(id), traineeId);
    }

    @PostMapping("/api/rounds/{id}/proposal/moves")
    @Operation(summary = "Move a placement to another assignment of the round; refused with 409 when it breaks a rule")
    PlanEdits.Outcome move(@PathVariable long id, @Valid @RequestBody Move move, Authentication user) {
        return edits.move(round(id), move.placement(), move.version(), move.assignment(), user.getName());
    }

    @PostMapping("/api/rounds/{id}/proposal/swaps")
    @Operation(summary = "Swap the assignments of two placements; refused with 409 when it breaks a rule")
    PlanEdits.Outcome swap(@PathVariable long id, @Valid @RequestBody Swap swap, Authentication user) {
        return edits.swap(
                round(id), swap.placement(), swap.version(), swap.other(), swap.otherVersion(), user.getName());
    }

    @PostMapping("/api/rounds/{id}/proposal/placements")
    @Operation(summary = "Place a trainee who has no placement in the round; refused with 409 when it breaks a rule")
    PlanEdits.Outcome place(@PathVariable long id, @Valid @RequestBody Place place, Authentication user) {
        return edits.place(round(id), place.trainee(), place.assignment(), user.getName());
    }

    private Round round(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The round's plan; named Proposal in the API documentation, as the API calls it. */
    @Schema(name = "Proposal")
    record PlanJson(long round, Long objective, List<PlanPlacementJson> placements) {}

    @Schema(name = "ProposedPlacement")
    record PlanPlacementJson(
            long id,
            long version,
            long trainee,
            String traineeName,
            long assignment,
            String assignmentTitle,
            boolean pinned,
            String status) {}

    record Move(
            @NotNull @Positive(message = "{bounds.reference}")
            Long placement,

            @NotNull @PositiveOrZero(message = "{bounds.reference}")
            Long version,

            @NotNull @Positive(message = "{bounds.reference}")
            Long assignment) {}

    record Swap(
            @NotNull @Positive(message = "{bounds.reference}")
            Long placement,

            @NotNull @PositiveOrZero(message = "{bounds.reference}")
            Long version,

            @NotNull @Positive(message = "{bounds.reference}")
            Long other,

            @NotNull @PositiveOrZero(message = "{bounds.reference}")
            Long otherVersion) {}

    record Place(
            @NotNull @Positive(message = "{bounds.reference}")
            Long trainee,

            @NotNull @Positive(message = "{bounds.reference}")
            Long assignment) {}
}
