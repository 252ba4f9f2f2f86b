package nl.traineeplanner.app.evaluation.web;

import jakarta.validation.Valid;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A host's evaluations (role HOST): the host forms of the placements at its own organisation, and the form of each.
 * The trainee's self-evaluation is shown beside it once both are submitted; another organisation's form is forbidden.
 */
@Controller
class HostEvaluationController {

    private static final String BACK = "/host/evaluations";

    private final EvaluationAccess access;
    private final Evaluations evaluations;
    private final EvaluationPages pages;

    HostEvaluationController(EvaluationAccess access, Evaluations evaluations, EvaluationPages pages) {
        this.access = access;
        this.evaluations = evaluations;
        this.pages = pages;
    }

    @GetMapping("/host/evaluations")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("evaluations", evaluations.atOrganisation(access.organisationId(user)));
        model.addAttribute("today", evaluations.today());
        model.addAttribute("author", EvaluationAuthor.HOST);
        return "evaluations/host";
    }

    @GetMapping("/host/evaluations/{id}")
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EvaluationForm form = access.hostForm(user, id);
        return pages.show(form, EvaluationPageForm.of(form), BACK, model);
    }

    @PostMapping("/host/evaluations/{id}")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("answersForm") EvaluationPageForm typed,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return pages.save(user, access.hostForm(user, id), action, typed, errors, BACK, model, redirect);
    }
}
