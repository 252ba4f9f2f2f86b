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
 * A trainee's own evaluations (role TRAINEE): the list of their self-evaluations and the form of each. The host's form
 * of the same evaluation is shown beside it once both are submitted; another trainee's form is not found.
 */
@Controller
class TraineeEvaluationController {

    private static final String BACK = "/my/evaluations";

    private final EvaluationAccess access;
    private final Evaluations evaluations;
    private final EvaluationPages pages;

    TraineeEvaluationController(EvaluationAccess access, Evaluations evaluations, EvaluationPages pages) {
        this.access = access;
        this.evaluations = evaluations;
        this.pages = pages;
    }

    @GetMapping("/my/evaluations")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("evaluations", evaluations.ofTrainee(access.traineeId(user)));
        model.addAttribute("today", evaluations.today());
        model.addAttribute("author", EvaluationAuthor.TRAINEE);
        return "evaluations/mine";
    }

    @GetMapping("/my/evaluations/{id}")
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EvaluationForm form = access.traineeForm(user, id);
        return pages.show(form, EvaluationPageForm.of(form), BACK, model);
    }

    @PostMapping("/my/evaluations/{id}")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("answersForm") EvaluationPageForm typed,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return pages.save(user, access.traineeForm(user, id), action, typed, errors, BACK, model, redirect);
    }
}
