package nl.traineeplanner.app.trainee.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinator's list of trainees and their profiles (role COORDINATOR, any trainee); security keeps hosts and
 * trainees out. Opening a profile is a read of the trainee's personal data, written to the audit trail for them.
 */
@Controller
class TraineeController {

    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;
    private final AuditTrail audit;

    TraineeController(TraineeRepository trainees, TraineePreferenceRepository preferences, AuditTrail audit) {
        this.trainees = trainees;
        this.preferences = preferences;
        this.audit = audit;
    }

    /** Trainees one page at a time, by name. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/trainees")
    String list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
        Page<Trainee> found = trainees.findAll(PageRequest.of(page, PAGE_SIZE, Sort.by("name", "id")));
        model.addAttribute("page", found);
        model.addAttribute("trainees", found.getContent());
        if (found.hasPrevious()) {
            model.addAttribute("previousPage", "/trainees?page=" + (page - 1));
        }
        if (found.hasNext()) {
            model.addAttribute("nextPage", "/trainees?page=" + (page + 1));
        }
        return "trainees/list";
    }

    @GetMapping("/trainees/{id}")
    String profile(Authentication user, @PathVariable long id, Model model) {
        Trainee trainee = trainees.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.recordRead(user.getName(), trainee.getId(), AuditText.of("audit.read.profile"));
        model.addAttribute("trainee", trainee);
        model.addAttribute("preferences", preferences.findByTraineeOrderByRoundStartDateAscRankAsc(trainee));
        return "trainees/profile";
    }
}
