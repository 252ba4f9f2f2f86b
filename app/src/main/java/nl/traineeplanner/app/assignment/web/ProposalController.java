package nl.traineeplanner.app.assignment.web;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
 * The review workflow: a host submits proposals for its own organisation, the coordinator approves them, asks for
 * changes or rejects them. The steps themselves are guarded by {@link Assignment}.
 */
@Controller
class ProposalController {

    private final AssignmentRepository assignments;
    private final AssignmentForms forms;
    private final OrganisationRepository organisations;
    private final RoundRepository rounds;
    private final ReferenceDataRepository referenceData;
    private final MunicipalityRepository municipalities;

    ProposalController(
            AssignmentRepository assignments,
            AssignmentForms forms,
            OrganisationRepository organisations,
            RoundRepository rounds,
            ReferenceDataRepository referenceData,
            MunicipalityRepository municipalities) {
        this.assignments = assignments;
        this.forms = forms;
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

    @InitBinder("assignmentForm")
    void protectOrganisation(WebDataBinder binder) {
        binder.setDisallowedFields("organisation");
    }

    @GetMapping("/proposals")
    String ownProposals(@AuthenticationPrincipal SignedInUser host, Model model) {
        model.addAttribute("organisation", ownOrganisation(host));
        model.addAttribute("assignments", assignments.findByOrganisationIdOrderByTitle(host.organisationId()));
        return "proposals/list";
    }

    @GetMapping("/proposals/new")
    String newProposal(@AuthenticationPrincipal SignedInUser host, Model model) {
        return showForm(host, model);
    }

    @PostMapping("/proposals")
    @Transactional
    String submit(
            @AuthenticationPrincipal SignedInUser host,
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<AssignmentForms.Resolved> resolved = forms.resolve(assignmentForm, errors);
        if (resolved.isEmpty()) {
            return showForm(host, model);
        }
        Assignment proposal =
                new Assignment(resolved.get().organisation(), resolved.get().content());
        proposal.submit();
        assignments.save(proposal);
        redirect.addFlashAttribute("submitted", proposal.getTitle());
        return "redirect:/proposals";
    }

    @PostMapping("/assignments/{id}/review")
    @Transactional
    String review(@PathVariable long id, @RequestParam String decision, RedirectAttributes redirect) {
        Assignment assignment =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (decision) {
            case "approve" -> assignment.approve();
            case "changes" -> assignment.requestChanges();
            case "reject" -> assignment.reject();
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("reviewed", assignment.getStatus().name());
        return "redirect:/assignments/" + id;
    }

    private String showForm(SignedInUser host, Model model) {
        model.addAttribute("hostOrganisation", ownOrganisation(host));
        model.addAttribute("rounds", rounds.findAllByOrderByStartDate());
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "assignments/form";
    }

    private Organisation ownOrganisation(SignedInUser host) {
        return organisations
                .findById(host.organisationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
