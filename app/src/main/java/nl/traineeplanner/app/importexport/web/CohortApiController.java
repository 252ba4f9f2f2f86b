package nl.traineeplanner.app.importexport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.importexport.ImportRefusal;
import nl.traineeplanner.app.importexport.InstanceImporter;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@JsonApi
@Tag(
        name = "Cohorts",
        description =
                "Cohorts, their import from an engine instance and their published plan as Excel (coordinator only)")
class CohortApiController {

    private final InstanceImporter importer;
    private final CohortRepository cohorts;
    private final TraineeRepository trainees;
    private final RoundRepository rounds;
    private final ImportMessages messages;
    private final PlanDownloads plans;

    CohortApiController(
            InstanceImporter importer,
            CohortRepository cohorts,
            TraineeRepository trainees,
            RoundRepository rounds,
            ImportMessages messages,
            PlanDownloads plans) {
        this.plans = plans;
        this.importer = importer;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.rounds = rounds;
        this.messages = messages;
    }

    @PostMapping(value = "/api/cohorts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import an engine instance (traineeplanner/instance@1) as a new cohort",
            description = "The instance's rounds become the cohort's rounds, ready for matching; its organisations"
                    + " (matched by code), approved assignments, trainees, preferences, host rankings, history (as"
                    + " published placements of earlier rounds) and pins are stored in one transaction. A file with"
                    + " any problem is refused with 422 and every problem named by item and field; nothing is stored."
                    + " The answer maps the file's ids to the application's.")
    ResponseEntity<ImportAnswer> importInstance(
            @Parameter(description = "name of the new cohort, such as \"Lichting 2027\"") @RequestParam String name,
            @Parameter(description = "name of the file, used in problem messages")
                    @RequestParam(defaultValue = "instance.json")
                    String file,
            @RequestBody String instance,
            Authentication user) {
        CohortImport result = importer.importCohort(name, instance, file, user.getName());
        return ResponseEntity.created(URI.create("/api/cohorts/" + result.cohortId()))
                .body(new ImportAnswer(messages.summary(result), result));
    }

    @GetMapping("/api/cohorts/{id}")
    @Operation(summary = "A cohort with its rounds and the number of its trainees")
    @Transactional(readOnly = true)
    CohortView cohort(@PathVariable long id) {
        Cohort cohort = cohorts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new CohortView(
                cohort.getId(),
                cohort.getName(),
                trainees.findByCohortIdOrderById(id).size(),
                rounds.findByCohortIdOrderBySequenceNumber(id).stream()
                        .map(RoundView::of)
                        .toList());
    }

    @GetMapping(value = "/api/cohorts/{id}/plan.xlsx", produces = PlanDownloads.XLSX)
    @Operation(
            summary = "The cohort's published plan as an Excel file (.xlsx)",
            description = "Only published placements: one sheet per round, one per host organisation and one per"
                    + " trainee, each row with the trainee, the assignment, its organisation and municipality, the"
                    + " supervisor, the period as dates and the place the trainee gave the assignment on their list"
                    + " (empty when it was not on it). Headers are in the language of the request. A text that a"
                    + " spreadsheet would run as a formula is written as text. The download is written to the audit"
                    + " trail (PLAN_EXPORTED) with the file name and the number of placements.")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = PlanDownloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "no such cohort")
    ResponseEntity<byte[]> plan(@PathVariable long id, Authentication user, Locale locale) {
        return plans.of(id, user.getName(), locale);
    }

    @ExceptionHandler(ImportRefusal.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.text("import.refused.detail"));
        problem.setTitle(messages.text("import.refused.title"));
        problem.setProperty("errors", messages.explain(refusal.problems()));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** The result in words, and in figures with the id maps. */
    record ImportAnswer(String message, CohortImport result) {}

    record CohortView(long id, String name, int trainees, List<RoundView> rounds) {}

    record RoundView(long id, int sequenceNumber, String name, String status, String start, String end) {

        static RoundView of(Round r) {
            return new RoundView(
                    r.getId(),
                    r.getSequenceNumber(),
                    r.getName(),
                    r.getStatus().name(),
                    r.getStartDate().toString(),
                    r.getEndDate().toString());
        }
    }
}
