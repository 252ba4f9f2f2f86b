package nl.traineeplanner.app.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.traineeplanner.app.evaluation.Evaluation;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationQuestion;
import nl.traineeplanner.app.evaluation.EvaluationRefused;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form page of one evaluation form, the same for the trainee ({@code /my/evaluations/{id}}) and the host
 * ({@code /host/evaluations/{id}}): showing it, and saving it as a draft or submitting it. A refused save shows the page
 * again with what was typed and every problem on its field.
 */
@Component
class EvaluationPages {

    static final List<Integer> SCORES = IntStream.rangeClosed(EvaluationAnswers.LOWEST, EvaluationAnswers.HIGHEST)
            .boxed()
            .toList();

    private final Evaluations evaluations;
    private final EvaluationMessages messages;

    EvaluationPages(Evaluations evaluations, EvaluationMessages messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    String show(EvaluationForm form, EvaluationPageForm typed, String back, Model model) {
        LocalDate today = evaluations.today();
        Evaluation evaluation = evaluations.evaluationOf(form);
        EvaluationAuthor author = form.getAuthor();
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("form", form);
        model.addAttribute("author", author.name());
        model.addAttribute("status", form.status(today));
        model.addAttribute("open", form.isOpen(today));
        model.addAttribute("overdue", form.isOverdue(today));
        model.addAttribute("counterpart", evaluation.counterpartFor(author).orElse(null));
        model.addAttribute("questions", EvaluationQuestion.values());
        model.addAttribute("scores", SCORES);
        model.addAttribute("back", back);
        model.addAttribute("answersForm", typed);
        return "evaluations/form";
    }

    /** Saves (action {@code save}) or submits (action {@code submit}) what was typed, then shows the form again. */
    String save(
            SignedInUser user,
            EvaluationForm form,
            String action,
            EvaluationPageForm typed,
            BindingResult errors,
            String back,
            Model model,
            RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        if (!errors.hasErrors()) {
            try {
                long version = typed.getVersion() == null ? -1 : typed.getVersion();
                evaluations.save(form, typed.answers(), submit, version, user.username());
                String done = (submit ? "evaluation.submitted." : "evaluation.saved.") + form.getAuthor();
                redirect.addFlashAttribute("saved", messages.text(done));
                return "redirect:" + back + "/" + form.getId();
            } catch (EvaluationRefused refused) {
                messages.reject(refused, errors);
                if (refused.conflict()) {
                    // told that the form was saved elsewhere: saving again replaces that version with what is shown
                    typed.setVersion(
                            evaluations.form(form.getId()).orElseThrow().getVersion());
                }
            }
        }
        return show(evaluations.form(form.getId()).orElseThrow(), typed, back, model);
    }
}
