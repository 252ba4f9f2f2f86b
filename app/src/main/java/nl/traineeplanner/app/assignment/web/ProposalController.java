package nl.traineeplanner.app.assignment.web;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.ProposalRefusal;
import nl.traineeplanner.app.assignment.Proposals;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A host's proposals for its own organisation (role HOST; another organisation's proposal is forbidden): save as a
 * draft, submit before the intake deadline, change and submit again after the coordinator asked for changes, withdraw.
 * And the coordinator's review with a comment (role COORDINATOR). The steps are {@link Proposals}'.
 */
@Controller
class ProposalController {

    private static final String FORM = "assignments/form";

    private final AssignmentRepository assignments;
    private final AssignmentForms forms;
    private final Proposals proposals;
    private final OrganisationRepository organisations;
    private final RoundRepository rounds;
    private final ReferenceDataRepository referenceData;
    private final MunicipalityRepository municipalities;

    ProposalController(
            AssignmentRepository assignments,
            AssignmentForms forms,
            Proposals proposals,
            OrganisationRepository organisations,
            RoundRepository rounds,
            ReferenceDataRepository referenceData,
            MunicipalityRepository municipalities) {
        this.assignments = assignments;
        this.forms = forms;
        this.proposals = proposals;
        this.organisations = organisations;
        this.rounds = rounds;
        this.referenceData = referenceData;
        this.municipalities = municipalities;
    }

    /** A host proposes for its own organisation only: the form starts with it and cannot be bound to another. */
    @ModelAttribute("assignmentForm")
    AssignmentForm ownForm(@AuthenticationPrincipal SignedInUser user) {
        AssignmentForm form = new AssignmentForm();
        form.setOrganisation(user == null ? null : user.organisationId());
        return form;
    }

    /** The organisation and the planner's penalty for an empty place are not the host's to set. */
    @InitBinder("assignmentForm")
    void protectPlannerFields(WebDataBinder binder) {
        binder.setDisallowedFields("organisation", "unfilledPenalty");
    }

    @GetMapping("/proposals")
    String ownProposals(@AuthenticationPrincipal SignedInUser host, Model model) {
        model.addAttribute("organisation", ownOrganisation(host));
        model.addAttribute("assignments", assignments.findByOrganisationIdOrderByTitle(host.organisationId()));
        return "proposals/list";
    }

    @GetMapping("/proposals/new")
    String newProposal(@AuthenticationPrincipal SignedInUser host, Model model) {
        return showForm(host, null, model);
    }

    @PostMapping("/proposals")
    String create(
            @AuthenticationPrincipal SignedInUser host,
            @RequestParam(defaultValue = "submit") String action,
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<AssignmentForms.Resolved> resolved = forms.resolve(assignmentForm, errors);
        if (resolved.isEmpty()) {
            return showForm(host, null, model);
        }
        boolean submit = !"draft".equals(action);
        try {
            Assignment proposal = proposals.propose(
                    resolved.get().organisation(), resolved.get().content(), submit, host.getUsername());
            redirect.addFlashAttribute(submit ? "submitted" : "drafted", proposal.getTitle());
        } catch (ProposalRefusal refusal) {
            reject(refusal, errors);
            return showForm(host, null, model);
        }
        return "redirect:/proposals";
    }

    @GetMapping("/proposals/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser host, @PathVariable long id, Model model) {
        Assignment proposal = ownProposal(host, id);
        if (!proposal.isEditableByHost()) {
            return "redirect:/assignments/" + id;
        }
        model.addAttribute("assignmentForm", AssignmentForm.of(proposal));
        return showForm(host, proposal, model);
    }

    @PostMapping("/proposals/{id}/edit")
    String update(
            @AuthenticationPrincipal SignedInUser host,
            @PathVariable long id,
            @RequestParam(defaultValue = "submit") String action,
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Assignment proposal = ownProposal(host, id);
        if (assignmentForm.getVersion() == null || assignmentForm.getVersion() != proposal.getVersion()) {
            errors.reject("error.stale");
        }
        Optional<AssignmentForms.Resolved> resolved = forms.resolve(assignmentForm, errors);
        if (resolved.isEmpty()) {
            return showForm(host, proposal, model);
        }
        boolean submit = !"draft".equals(action);
        try {
            proposals.revise(proposal, resolved.get().content(), submit, host.getUsername());
        } catch (ProposalRefusal refusal) {
            reject(refusal, errors);
            return showForm(host, proposal, model);
        }
        redirect.addFlashAttribute(submit ? "submitted" : "drafted", proposal.getTitle());
        return "redirect:/proposals";
    }

    @PostMapping("/proposals/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInUser host, @PathVariable long id, RedirectAttributes redirect) {
        Assignment proposal = ownProposal(host, id);
        try {
            proposals.withdraw(proposal, host.getUsername());
            redirect.addFlashAttribute("withdrawn", proposal.getTitle());
        } catch (ProposalRefusal refusal) {
            redirect.addFlashAttribute("refusedCode", refusal.code());
        }
        return "redirect:/proposals";
    }

    @PostMapping("/assignments/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) String comment,
            Authentication user,
            RedirectAttributes redirect) {
        Assignment assignment =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Proposals.Decision chosen = switch (decision) {
            case "approve" -> Proposals.Decision.APPROVE;
            case "changes" -> Proposals.Decision.REQUEST_CHANGES;
            case "reject" -> Proposals.Decision.REJECT;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        try {
            proposals.review(assignment, chosen, comment, user.getName());
            redirect.addFlashAttribute("reviewed", assignment.getStatus().name());
        } catch (ProposalRefusal refusal) {
            // the comment typed so far comes back in the form
            redirect.addFlashAttribute("reviewRefused", refusal.code());
            redirect.addFlashAttribute("reviewComment", comment);
        }
        return "redirect:/assignments/" + id;
    }

    private void reject(ProposalRefusal refusal, BindingResult errors) {
        if (refusal.field() == null) {
            errors.reject(refusal.code(), refusal.arguments(), refusal.code());
        } else {
            errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.code());
        }
    }

    private String showForm(SignedInUser host, Assignment editing, Model model) {
        model.addAttribute("hostOrganisation", ownOrganisation(host));
        model.addAttribute("editing", editing);
        model.addAttribute("rounds", rounds.findAllByOrderByStartDate());
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return FORM;
    }

    private Assignment ownProposal(SignedInUser host, long id) {
        Assignment proposal =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!host.isHostOf(proposal.getOrganisation().getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return proposal;
    }

    private Organisation ownOrganisation(SignedInUser host) {
        return organisations
                .findById(host.organisationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
