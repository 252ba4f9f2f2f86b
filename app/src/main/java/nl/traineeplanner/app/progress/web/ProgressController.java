package nl.traineeplanner.app.progress.web;

import nl.traineeplanner.app.progress.RoundProgress;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's view of a round's progress with trainees and hosts, and reminders (role COORDINATOR). */
@Controller
class ProgressController {

    private final RoundRepository rounds;
    private final RoundProgress progress;

    ProgressController(RoundRepository rounds, RoundProgress progress) {
        this.rounds = rounds;
        this.progress = progress;
    }

    @GetMapping("/rounds/{id}/progress")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("progress", progress.of(find(id)));
        return "progress/round";
    }

    @PostMapping("/rounds/{id}/reminders")
    String remind(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        RoundProgress.Reminded reminded = progress.remindNow(find(id), user.getName());
        redirect.addFlashAttribute("reminded", reminded);
        return "redirect:/rounds/" + id + "/progress";
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
