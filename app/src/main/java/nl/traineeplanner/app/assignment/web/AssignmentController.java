package nl.traineeplanner.app.assignment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentFilter;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.organisation.ProvinceMap;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The assignment catalogue and detail pages for everyone signed in, and the coordinator's assignment form. */
@Controller
class AssignmentController {

    private static final String FORM = "assignments/form";

    private final AssignmentRepository assignments;
    private final AssignmentForms forms;
    private final RoundRepository rounds;
    private final ReferenceDataRepository referenceData;
    private final MunicipalityRepository municipalities;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    AssignmentController(
            AssignmentRepository assignments,
            AssignmentForms forms,
            RoundRepository rounds,
            ReferenceDataRepository referenceData,
            MunicipalityRepository municipalities,
            OrganisationRepository organisations,
            AuditTrail audit) {
        this.audit = audit;
        this.assignments = assignments;
        this.forms = forms;
        this.rounds = rounds;
        this.referenceData = referenceData;
        this.municipalities = municipalities;
        this.organisations = organisations;
    }

    /** Approved assignments one page at a time, by title: a page shows and maps only its own. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/assignments")
    String catalogue(
            @Valid AssignmentFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("filter", filter);
        Page<Assignment> found = assignments.findAll(filter.approved(), AssignmentFilter.page(page, PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("assignments", found.getContent());
        if (found.hasPrevious()) {
            model.addAttribute("previousPage", pageLink(request, page - 1));
        }
        if (found.hasNext()) {
            model.addAttribute("nextPage", pageLink(request, page + 1));
        }
        List<Municipality> shown = municipalities.findAllByOrderByName();
        addChoices(model, shown);
        ProvinceMap map = new ProvinceMap(shown);
        found.forEach(a -> map.mark(
                a.getLocation(), a.getTitle() + " – " + a.getOrganisation().getName(), "plain"));
        model.addAttribute("map", map);
        return "assignments/catalogue";
    }

    /** The same search, another page. */
    private static String pageLink(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath("/assignments")
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    /** The coordinator's queue: proposals waiting for a review, and those sent back to their hosts. */
    @GetMapping("/assignments/review")
    String reviewQueue(Model model) {
        model.addAttribute("submitted", assignments.findByStatusOrderByTitle(AssignmentStatus.SUBMITTED));
        model.addAttribute("sentBack", assignments.findByStatusOrderByTitle(AssignmentStatus.CHANGES_REQUESTED));
        return "assignments/review";
    }

    @GetMapping("/assignments/{id}")
    String detail(@PathVariable long id, Authentication user, Model model) {
        Assignment assignment = assignments
                .findById(id)
                .filter(found ->
                        found.getStatus() == AssignmentStatus.APPROVED || isCoordinator(user) || isHostOf(user, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("assignment", assignment);
        // the coordinator's comment is meant for the assignment's own host, not for the hosts of other organisations
        model.addAttribute("seesReviewComment", isCoordinator(user) || isHostOf(user, assignment));
        if (isCoordinator(user)) {
            model.addAttribute("history", audit.findByAssignmentIdOrderByOccurredAtDescIdDesc(id));
        }
        return "assignments/detail";
    }

    @GetMapping("/assignments/new")
    String newAssignment(Model model) {
        model.addAttribute("assignmentForm", new AssignmentForm());
        return showForm(model, null);
    }

    @PostMapping("/assignments")
    @Transactional
    String create(
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<AssignmentForms.Resolved> resolved = forms.resolve(assignmentForm, errors);
        if (resolved.isEmpty()) {
            return showForm(model, null);
        }
        Assignment assignment =
                new Assignment(resolved.get().organisation(), resolved.get().content());
        // The coordinator is the reviewer: what they enter is approved at once.
        assignment.submit();
        assignment.approve();
        assignments.save(assignment);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assignments/" + assignment.getId();
    }

    @GetMapping("/assignments/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Assignment assignment = find(id);
        model.addAttribute("assignmentForm", AssignmentForm.of(assignment));
        return showForm(model, assignment);
    }

    @PostMapping("/assignments/{id}/edit")
    @Transactional
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Assignment assignment = find(id);
        if (assignmentForm.getVersion() == null || assignmentForm.getVersion() != assignment.getVersion()) {
            errors.reject("error.stale");
        }
        Optional<AssignmentForms.Resolved> resolved = forms.resolveChange(assignment, assignmentForm, errors);
        if (resolved.isEmpty()) {
            return showForm(model, assignment);
        }
        assignment.changeHost(resolved.get().organisation());
        assignment.revise(resolved.get().content());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assignments/" + id;
    }

    private Assignment find(long id) {
        return assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showForm(Model model, Assignment editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        addChoices(model);
        return FORM;
    }

    private void addChoices(Model model) {
        addChoices(model, municipalities.findAllByOrderByName());
    }

    private void addChoices(Model model, List<Municipality> shown) {
        model.addAttribute("rounds", rounds.findAllByOrderByStartDate());
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("municipalities", shown);
    }

    private static boolean isHostOf(Authentication user, Assignment assignment) {
        return user != null
                && user.getPrincipal() instanceof SignedInUser signedIn
                && signedIn.isHostOf(assignment.getOrganisation().getId());
    }

    private static boolean isCoordinator(Authentication user) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> "ROLE_COORDINATOR".equals(a.getAuthority()));
    }
}
