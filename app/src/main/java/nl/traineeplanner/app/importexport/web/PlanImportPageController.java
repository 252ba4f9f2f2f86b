package nl.traineeplanner.app.importexport.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.traineeplanner.app.importexport.ImportRefusal;
import nl.traineeplanner.app.importexport.PlanImport;
import nl.traineeplanner.app.importexport.PlanImport.ImportedPlan;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan upload of the round page: on to the new run, or back to the round with every problem. */
@Controller
class PlanImportPageController {

    private final PlanImport plans;
    private final RoundRepository rounds;
    private final ImportMessages messages;

    PlanImportPageController(PlanImport plans, RoundRepository rounds, ImportMessages messages) {
        this.plans = plans;
        this.rounds = rounds;
        this.messages = messages;
    }

    @PostMapping("/rounds/{id}/plan")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Authentication user,
            RedirectAttributes redirect)
            throws IOException {
        Round round = rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("refusal", messages.text("import.file.missing"));
            return "redirect:/rounds/" + id;
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "plan.json"
                        : file.getOriginalFilename();
        try {
            ImportedPlan imported =
                    plans.importPlan(round, new String(file.getBytes(), StandardCharsets.UTF_8), name, user.getName());
            redirect.addFlashAttribute("done", messages.planDone(imported));
            return "redirect:/runs/" + imported.runId();
        } catch (ImportRefusal refusal) {
            redirect.addFlashAttribute(
                    "refusal",
                    messages.text("import.refused.title") + ": "
                            + String.join(" · ", messages.explain(refusal.problems())));
            return "redirect:/rounds/" + id;
        }
    }
}
