package nl.traineeplanner.app.importexport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.traineeplanner.app.importexport.ImportRefusal;
import nl.traineeplanner.app.importexport.PlanImport;
import nl.traineeplanner.app.importexport.PlanImport.ImportedPlan;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A plan made elsewhere, loaded as a run of a round over the API (coordinator only). */
@RestController
@JsonApi
@Tag(name = "Planning")
class PlanImportController {

    private final PlanImport plans;
    private final RoundRepository rounds;
    private final ImportMessages messages;

    PlanImportController(PlanImport plans, RoundRepository rounds, ImportMessages messages) {
        this.plans = plans;
        this.rounds = rounds;
        this.messages = messages;
    }

    @PostMapping(value = "/api/rounds/{id}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Load a plan (traineeplanner/plan@1) as a run of the round",
            description = "The plan uses the ids of GET /api/rounds/{id}/instance. It is checked against today's data"
                    + " and every hard rule (H1-H7), scored with the standard weights and stored as a finished run"
                    + " that can be compared and accepted; a plan with any problem is refused with 422 and every"
                    + " problem named.")
    ResponseEntity<Answer> importPlan(
            @PathVariable long id,
            @Parameter(description = "name of the file, used in the run's name and in problem messages")
                    @RequestParam(defaultValue = "plan.json")
                    String file,
            @RequestBody String plan,
            Authentication user) {
        Round round = rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ImportedPlan imported = plans.importPlan(round, plan, file, user.getName());
        return ResponseEntity.created(URI.create("/api/runs/" + imported.runId()))
                .body(new Answer(messages.planDone(imported), imported));
    }

    @ExceptionHandler(ImportRefusal.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.text("import.refused.detail"));
        problem.setTitle(messages.text("import.refused.title"));
        problem.setProperty("errors", messages.explain(refusal.problems()));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** The result in words and in figures. */
    record Answer(String message, ImportedPlan run) {}
}
