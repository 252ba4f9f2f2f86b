package nl.traineeplanner.app.planning.web;

import nl.traineeplanner.app.planning.Board;
import nl.traineeplanner.app.planning.BoardBuilder;
import nl.traineeplanner.app.planning.PlanEdits;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board of a round's proposal, where the coordinator changes it by hand: move a placement, swap two, place a
 * trainee the plan left out. Drag-and-drop on the board and the keyboard-friendly page of one trainee both post the
 * same forms; every change is checked against the hard rules and re-scored before it is stored.
 */
@Controller
class PlanPageController {

    private final RoundRepository rounds;
    private final TraineeRepository trainees;
    private final BoardBuilder boards;
    private final PlanEdits edits;
    private final RefusalMessages messages;

    PlanPageController(
            RoundRepository rounds,
            TraineeRepository trainees,
            BoardBuilder boards,
            PlanEdits edits,
            RefusalMessages messages) {
        this.rounds = rounds;
        this.trainees = trainees;
        this.boards = boards;
        this.edits = edits;
        this.messages = messages;
    }

    @GetMapping("/rounds/{id}/proposal")
    String board(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Round round = round(id);
        if (!round.isOpenForPlanning()) {
            redirect.addFlashAttribute("refusal", messages.text("refusal.run.roundNotOpen", round.getName()));
            return "redirect:/rounds/" + id;
        }
        model.addAttribute("round", round);
        model.addAttribute("board", boards.forPlan(round));
        model.addAttribute("accepted", edits.acceptedRun(round).orElse(null));
        model.addAttribute("freePlaces", edits.freePlaces(round));
        return "planning/proposal";
    }

    @GetMapping("/rounds/{id}/proposal/trainees/{traineeId}")
    String trainee(@PathVariable long id, @PathVariable long traineeId, Model model, RedirectAttributes redirect) {
        Round round = round(id);
        Trainee trainee = trainees.findById(traineeId)
                .filter(t -> t.getCohort().getId().equals(round.getCohort().getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            model.addAttribute("options", edits.options(round, traineeId));
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/rounds/" + id;
        }
        model.addAttribute("round", round);
        model.addAttribute("trainee", trainee);
        Board board = boards.forPlan(round);
        Board.Row row = board.rows().stream()
                .filter(r -> r.traineeId() == traineeId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int planned = 0;
        while (!board.columns().get(planned).position().equals("PLANNED")) {
            planned++;
        }
        model.addAttribute("board", board);
        model.addAttribute("row", row);
        model.addAttribute("cell", row.cells().get(planned));
        return "planning/proposal-trainee";
    }

    @PostMapping("/rounds/{id}/proposal/move")
    String move(
            @PathVariable long id,
            @RequestParam long placement,
            @RequestParam long version,
            @RequestParam long assignment,
            Authentication user,
            RedirectAttributes redirect) {
        Round round = round(id);
        return change(
                id, redirect, () -> edits.move(round, placement, version, assignment, user.getName()), "edit.moved");
    }

    @PostMapping("/rounds/{id}/proposal/swap")
    String swap(
            @PathVariable long id,
            @RequestParam long placement,
            @RequestParam long version,
            @RequestParam long other,
            @RequestParam long otherVersion,
            Authentication user,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                () -> edits.swap(round(id), placement, version, other, otherVersion, user.getName()),
                "edit.swapped");
    }

    @PostMapping("/rounds/{id}/proposal/place")
    String place(
            @PathVariable long id,
            @RequestParam long trainee,
            @RequestParam long assignment,
            Authentication user,
            RedirectAttributes redirect) {
        Round round = round(id);
        return change(id, redirect, () -> edits.place(round, trainee, assignment, user.getName()), "edit.placed");
    }

    private String change(
            long roundId,
            RedirectAttributes redirect,
            java.util.function.Supplier<PlanEdits.Outcome> edit,
            String done) {
        round(roundId);
        try {
            PlanEdits.Outcome outcome = edit.get();
            long d = outcome.difference();
            redirect.addFlashAttribute(
                    "done",
                    messages.text(done, outcome.trainee(), outcome.before(), outcome.after(), (d >= 0 ? "+" : "") + d));
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", messages.text("refusal.edit.changed"));
        }
        return "redirect:/rounds/" + roundId + "/proposal";
    }

    private Round round(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
