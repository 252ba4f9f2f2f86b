package nl.traineeplanner.app.evaluation.web;

import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationQuestion;
import nl.traineeplanner.app.evaluation.Evaluations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinator's view of every evaluation (role COORDINATOR): per trainee and per organisation, each form's state in
 * words with the overdue ones marked, and the answers of every submitted form. Drafts stay with their authors.
 */
@Controller
class EvaluationOverviewController {

    private final Evaluations evaluations;

    EvaluationOverviewController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluations")
    String overview(Model model) {
        var perTrainee = evaluations.perTrainee();
        var today = evaluations.today();
        model.addAttribute("perTrainee", perTrainee);
        model.addAttribute("perOrganisation", evaluations.perOrganisation());
        model.addAttribute(
                "overdueCount",
                perTrainee.stream().filter(e -> e.isOverdue(today)).count());
        model.addAttribute("today", today);
        return "evaluations/overview";
    }

    @GetMapping("/evaluations/{id}")
    String evaluation(@PathVariable long id, Model model) {
        EvaluationForm form = evaluations.form(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("evaluation", evaluations.evaluationOf(form));
        model.addAttribute("questions", EvaluationQuestion.values());
        model.addAttribute("today", evaluations.today());
        return "evaluations/view";
    }
}
