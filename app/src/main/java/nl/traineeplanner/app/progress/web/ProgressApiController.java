package nl.traineeplanner.app.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.traineeplanner.app.progress.RoundProgress;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A round's progress with trainees and hosts, and reminders, over JSON (role COORDINATOR). */
@RestController
@JsonApi
@Tag(name = "Planning", description = "Rounds, runs and proposals (coordinator only)")
class ProgressApiController {

    private final RoundRepository rounds;
    private final RoundProgress progress;

    ProgressApiController(RoundRepository rounds, RoundProgress progress) {
        this.rounds = rounds;
        this.progress = progress;
    }

    record TraineeJson(long trainee, String name, int chosen, int stillNeeded) {}

    record HostJson(long organisation, String name, int candidates, int ranked, int accounts) {}

    record ProgressJson(long round, List<TraineeJson> trainees, List<HostJson> hosts) {}

    @GetMapping("/api/rounds/{id}/progress")
    @Operation(summary = "Who has not chosen enough assignments yet, and which organisations have not ranked")
    @Transactional(readOnly = true)
    ProgressJson of(@PathVariable long id) {
        RoundProgress.Progress p = progress.of(find(id));
        return new ProgressJson(
                id,
                p.trainees().stream()
                        .map(l -> new TraineeJson(
                                l.trainee().getId(), l.trainee().getName(), l.chosen(), l.stillNeeded()))
                        .toList(),
                p.hosts().stream()
                        .map(l -> new HostJson(
                                l.organisation().getId(),
                                l.organisation().getName(),
                                l.candidates(),
                                l.ranked(),
                                l.hosts().size()))
                        .toList());
    }

    @PostMapping("/api/rounds/{id}/reminders")
    @Operation(
            summary = "Remind whoever is behind now, in the planner and by e-mail, while the deadline has not passed")
    RoundProgress.Reminded remind(@PathVariable long id, Authentication user) {
        return progress.remindNow(find(id), user.getName());
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
