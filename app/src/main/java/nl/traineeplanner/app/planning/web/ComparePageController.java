package nl.traineeplanner.app.planning.web;

import java.util.List;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.ScenarioComparison;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Two scenarios (runs) of a round side by side. */
@Controller
class ComparePageController {

    private final RoundRepository rounds;
    private final PlanningRunRepository runs;
    private final RefusalMessages messages;

    ComparePageController(RoundRepository rounds, PlanningRunRepository runs, RefusalMessages messages) {
        this.rounds = rounds;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/rounds/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam(required = false) Long left,
            @RequestParam(required = false) Long right,
            Model model) {
        Round round = rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PlanningRun> withPlan = runs.findByRoundIdOrderByStartedAtDescIdDesc(id).stream()
                .filter(PlanningRun::hasPlan)
                .toList();
        model.addAttribute("round", round);
        model.addAttribute("runs", withPlan);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if (left != null && right != null) {
            try {
                model.addAttribute("comparison", ScenarioComparison.of(find(left), find(right)));
            } catch (PlanningRefusal refusal) {
                model.addAttribute("refusal", messages.explain(refusal));
            }
        }
        return "planning/compare";
    }

    private PlanningRun find(long id) {
        return runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
