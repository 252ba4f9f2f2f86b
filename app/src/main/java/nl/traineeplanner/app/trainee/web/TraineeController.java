package nl.traineeplanner.app.trainee.web;

import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The coordinator's list of trainees and their profiles; security keeps hosts and trainees out. */
@Controller
class TraineeController {

    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;

    TraineeController(TraineeRepository trainees, TraineePreferenceRepository preferences) {
        this.trainees = trainees;
        this.preferences = preferences;
    }

    @GetMapping("/trainees")
    String list(Model model) {
        model.addAttribute("trainees", trainees.findAllByOrderByName());
        return "trainees/list";
    }

    @GetMapping("/trainees/{id}")
    String profile(@PathVariable long id, Model model) {
        Trainee trainee = trainees.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("trainee", trainee);
        model.addAttribute("preferences", preferences.findByTraineeOrderByRoundStartDateAscRankAsc(trainee));
        return "trainees/profile";
    }
}
