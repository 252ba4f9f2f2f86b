package nl.traineeplanner.app.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.ProposalRefusal;
import nl.traineeplanner.app.assignment.Proposals;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A host's proposals over JSON (role HOST, its own organisation only) and the coordinator's review (role
 * COORDINATOR). The same steps as the pages, from {@link Proposals}: a step that is not possible now is a 409 with
 * the reason (400 when it is about a field), a wrong field a 400 with every field.
 */
@RestController
@JsonApi
@Tag(name = "Proposals", description = "Hosts propose assignments (host); the coordinator reviews them (coordinator)")
class HostProposalApiController {

    private final AssignmentRepository assignments;
    private final AssignmentForms forms;
    private final Proposals proposals;
    private final MessageSource messages;

    HostProposalApiController(
            AssignmentRepository assignments, AssignmentForms forms, Proposals proposals, MessageSource messages) {
        this.assignments = assignments;
        this.forms = forms;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** A proposal as its host and the coordinator see it, with the version to send back when changing it. */
    record ProposalJson(long id, String title, String status, List<Long> rounds, String reviewComment, long version) {

        static ProposalJson of(Assignment a) {
            return new ProposalJson(
                    a.getId(),
                    a.getTitle(),
                    a.getStatus().name(),
                    a.getRounds().stream().map(Round::getId).toList(),
                    a.getReviewComment(),
                    a.getVersion());
        }
    }

    /** The coordinator's decision: APPROVE, REQUEST_CHANGES or REJECT; a comment is required for the last two. */
    record ReviewRequest(
            Proposals.Decision decision,
            @Size(max = 4000, message = "{bounds.text}") String comment) {}

    @GetMapping("/api/proposals")
    @Operation(summary = "My organisation's proposals, drafts included, by title")
    @Transactional(readOnly = true)
    List<ProposalJson> own(@AuthenticationPrincipal SignedInUser host) {
        return assignments.findByOrganisationIdOrderByTitle(host.organisationId()).stream()
                .map(ProposalJson::of)
                .toList();
    }

    @PostMapping("/api/proposals")
    @Operation(
            summary = "Propose an assignment for my organisation, as a draft or submitted",
            description = "The organisation is always the host's own and the penalty for an empty place is the"
                    + " coordinator's: both are ignored in the body.")
    ResponseEntity<ProposalJson> propose(
            @AuthenticationPrincipal SignedInUser host,
            @Parameter(description = "submit for review (true) or keep as a draft (false)")
                    @RequestParam(defaultValue = "true")
                    boolean submit,
            @Valid @RequestBody AssignmentForm form,
            BindingResult errors)
            throws BindException {
        form.setOrganisation(host.organisationId());
        AssignmentForms.Resolved resolved = forms.resolve(form, errors).orElseThrow(() -> new BindException(errors));
        Assignment proposal =
                proposals.propose(resolved.organisation(), resolved.content(), submit, host.getUsername());
        return ResponseEntity.status(HttpStatus.CREATED).body(ProposalJson.of(proposal));
    }

    @PutMapping("/api/proposals/{id}")
    @Operation(
            summary = "Change a draft, or a proposal sent back for changes, and keep it or submit it; send the version")
    ProposalJson revise(
            @AuthenticationPrincipal SignedInUser host,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean submit,
            @Valid @RequestBody AssignmentForm form,
            BindingResult errors)
            throws BindException {
        Assignment proposal = ownProposal(host, id);
        form.setOrganisation(host.organisationId());
        AssignmentForms.Resolved resolved = forms.resolve(form, errors).orElseThrow(() -> new BindException(errors));
        if (form.getVersion() == null || form.getVersion() != proposal.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Assignment.class, id);
        }
        return ProposalJson.of(proposals.revise(proposal, resolved.content(), submit, host.getUsername()));
    }

    @PostMapping("/api/proposals/{id}/withdraw")
    @Operation(summary = "Withdraw a proposal of mine that is not approved or rejected")
    ProposalJson withdraw(@AuthenticationPrincipal SignedInUser host, @PathVariable long id) {
        Assignment proposal = ownProposal(host, id);
        proposals.withdraw(proposal, host.getUsername());
        return ProposalJson.of(proposal);
    }

    @PostMapping("/api/assignments/{id}/review")
    @Operation(summary = "Review a submitted proposal (coordinator); the host is told in the planner and by e-mail")
    ProposalJson review(@PathVariable long id, @Valid @RequestBody ReviewRequest request, Authentication user) {
        Assignment proposal =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        proposals.review(proposal, request.decision(), request.comment(), user.getName());
        return ProposalJson.of(proposal);
    }

    @ExceptionHandler(ProposalRefusal.class)
    ResponseEntity<ProblemDetail> refused(ProposalRefusal refusal) {
        HttpStatus status = refusal.field() == null ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(refusal.code(), refusal.arguments(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", refusal.code());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return ResponseEntity.status(status).body(problem);
    }

    private Assignment ownProposal(SignedInUser host, long id) {
        Assignment proposal =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!host.isHostOf(proposal.getOrganisation().getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return proposal;
    }
}
