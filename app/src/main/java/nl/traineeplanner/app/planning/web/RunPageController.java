package nl.traineeplanner.app.planning.web;

import nl.traineeplanner.app.planning.BoardBuilder;
import nl.traineeplanner.app.planning.Planner;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.RoundDecisions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of one run: its progress while the engine works, then its planning board; stop and accept. */
@Controller
class RunPageController {

    private final PlanningRunRepository runs;
    private final Planner planner;
    private final BoardBuilder boards;
    private final RoundDecisions decisions;
    private final RefusalMessages messages;

    RunPageController(
            PlanningRunRepository runs,
            Planner planner,
            BoardBuilder boards,
            RoundDecisions decisions,
            RefusalMessages messages) {
        this.runs = runs;
        this.planner = planner;
        this.boards = boards;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/runs/{id}")
    String show(@PathVariable long id, Model model) {
        PlanningRun run = find(id);
        model.addAttribute("run", run);
        model.addAttribute("round", run.getRound());
        model.addAttribute("progress", planner.progress(id).orElse(null));
        if (run.hasPlan()) {
            model.addAttribute("board", boards.forRun(run));
        }
        if (run.isPlannedAhead() && run.hasPlan() && run.getBasedOnRunId() == null) {
            // the round's runs of the round alone, whose placements can be carried forward to compare
            model.addAttribute(
                    "roundByRound",
                    runs.findByRoundIdOrderByStartedAtDescIdDesc(run.getRound().getId()).stream()
                            .filter(r -> r.hasPlan() && !r.isPlannedAhead())
                            .toList());
        }
        if (run.getCarriesRunId() != null) {
            model.addAttribute("carried", runs.findById(run.getCarriesRunId()).orElse(null));
        }
        return "planning/run";
    }

    /** Polled by the run page every second while the run is going. */
    @GetMapping("/runs/{id}/progress")
    @ResponseBody
    RunStatus progress(@PathVariable long id) {
        PlanningRun run = find(id);
        return RunStatus.of(run, planner.progress(id).orElse(null), messages.of(run));
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        PlanningRun run = find(id);
        if (planner.stop(run, user.getName())) {
            redirect.addFlashAttribute("done", messages.text("run.stop.asked"));
        } else {
            redirect.addFlashAttribute("refusal", messages.text("run.stop.notRunning"));
        }
        return "redirect:/runs/" + id;
    }

    /** What does it cost to give this trainee its first choice? A new run with that placement pinned. */
    @PostMapping("/runs/{id}/whatif")
    String whatIf(
            @PathVariable long id,
            @RequestParam String trainee,
            @RequestParam String round,
            Authentication user,
            RedirectAttributes redirect) {
        PlanningRun base = find(id);
        try {
            PlanningRun whatIf = planner.startWhatIf(base, trainee, round, user.getName());
            return "redirect:/runs/" + whatIf.getId();
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/runs/" + id;
        }
    }

    /** What does planning round by round cost? Carries a round-by-round run forward into this run's later rounds. */
    @PostMapping("/runs/{id}/round-by-round")
    String roundByRound(
            @PathVariable long id, @RequestParam long from, Authentication user, RedirectAttributes redirect) {
        PlanningRun ahead = find(id);
        try {
            PlanningRun run = planner.startRoundByRound(ahead, find(from), user.getName());
            return "redirect:/runs/" + run.getId();
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/runs/" + id;
        }
    }

    @PostMapping("/runs/{id}/accept")
    String accept(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        PlanningRun run = find(id);
        try {
            int count = decisions.accept(run, user.getName());
            redirect.addFlashAttribute("done", messages.text("run.accept.done", count));
            return "redirect:/rounds/" + run.getRound().getId() + "#proposal";
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/runs/" + id;
        }
    }

    private PlanningRun find(long id) {
        return runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
