package nl.traineeplanner.app.planning.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPlan;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundSchedules;
import nl.traineeplanner.app.round.ScheduleRefused;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages to make a cohort with its rounds ({@code /cohorts/new}) and to change a round's name and
 * dates ({@code /rounds/{id}/edit}). The rules are {@link RoundSchedules}'; a refused form comes back with what was
 * typed and every problem on its field.
 */
@Controller
class SchedulePageController {

    private final RoundSchedules schedules;
    private final RoundRepository rounds;
    private final RefusalMessages messages;

    SchedulePageController(RoundSchedules schedules, RoundRepository rounds, RefusalMessages messages) {
        this.schedules = schedules;
        this.rounds = rounds;
        this.messages = messages;
    }

    /** The empty form, filled with consecutive rounds of eight months from the start given (or a suggested one). */
    @GetMapping("/cohorts/new")
    String newCohort(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(defaultValue = "" + RoundSchedules.MAX_ROUNDS) int count,
            Model model) {
        LocalDate first = start == null ? schedules.suggestedFirstStart() : start;
        int rounds = Math.max(1, Math.min(RoundSchedules.MAX_ROUNDS, count));
        model.addAttribute(
                "cohortForm", CohortForm.of(schedules.suggestedName(first), schedules.suggest(first, rounds)));
        return cohortPage(first, rounds, model);
    }

    @PostMapping("/cohorts/new")
    String createCohort(
            @Valid @ModelAttribute CohortForm cohortForm,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        List<RoundPlan> plans = cohortForm.plans();
        if (errors.hasErrors()) {
            ScheduleErrors.reject(schedules.problemsOfNewCohort(cohortForm.getName(), plans), errors);
            return cohortPage(cohortForm, model);
        }
        try {
            RoundSchedules.NewCohort made = schedules.createCohort(cohortForm.getName(), plans, user.getName());
            redirect.addFlashAttribute(
                    "done",
                    messages.text(
                            "cohort.created",
                            made.cohort().getName(),
                            made.rounds().size()));
            return "redirect:/rounds";
        } catch (ScheduleRefused refused) {
            ScheduleErrors.reject(refused.problems(), errors);
            return cohortPage(cohortForm, model);
        }
    }

    private String cohortPage(CohortForm typed, Model model) {
        List<RoundForm> typedRounds = typed.getRounds();
        LocalDate first = typedRounds == null
                        || typedRounds.isEmpty()
                        || typedRounds.get(0).getStart() == null
                ? schedules.suggestedFirstStart()
                : typedRounds.get(0).getStart();
        int count = typedRounds == null || typedRounds.isEmpty()
                ? RoundSchedules.MAX_ROUNDS
                : Math.min(RoundSchedules.MAX_ROUNDS, typedRounds.size());
        return cohortPage(first, count, model);
    }

    private static String cohortPage(LocalDate first, int count, Model model) {
        model.addAttribute("suggestStart", first);
        model.addAttribute("suggestCount", count);
        model.addAttribute("maxRounds", RoundSchedules.MAX_ROUNDS);
        return "planning/cohort-new";
    }

    @GetMapping("/rounds/{id}/edit")
    String editRound(@PathVariable long id, Model model) {
        Round round = find(id);
        model.addAttribute("roundForm", RoundChangeForm.of(round));
        return roundPage(round, model);
    }

    /**
     * Saves the change if the round is still as the coordinator read it. Changed by someone else meanwhile: nothing is
     * saved, the typed values stay on the page beside what is stored now, and saving again replaces that.
     */
    @PostMapping("/rounds/{id}/edit")
    String changeRound(
            @PathVariable long id,
            @Valid @ModelAttribute("roundForm") RoundChangeForm roundForm,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        Round round = find(id);
        if (errors.hasErrors()) {
            ScheduleErrors.reject(schedules.problemsOfChange(round, roundForm.plan()), errors);
            return roundPage(round, model);
        }
        try {
            Round changed = schedules.change(id, roundForm.getVersion(), roundForm.plan(), user.getName());
            redirect.addFlashAttribute("done", messages.text("round.edit.saved", changed.getName()));
            return "redirect:/rounds/" + id;
        } catch (ScheduleRefused refused) {
            // the refusal rolled back: read the round as it is stored now
            Round now = find(id);
            if (refused.conflict()) {
                errors.reject("round.refused.changed");
                roundForm.setVersion(now.getVersion());
                model.addAttribute("stored", RoundPlan.of(now));
            } else {
                ScheduleErrors.reject(refused.problems(), errors);
            }
            return roundPage(now, model);
        }
    }

    private String roundPage(Round round, Model model) {
        RoundSchedules.Neighbours neighbours = schedules.neighbours(round);
        model.addAttribute("round", round);
        model.addAttribute("previousRound", neighbours.previous().orElse(null));
        model.addAttribute("nextRound", neighbours.next().orElse(null));
        return "planning/round-edit";
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
