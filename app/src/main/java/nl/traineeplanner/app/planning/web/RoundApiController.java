package nl.traineeplanner.app.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.planning.RoundStep;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundSchedules;
import nl.traineeplanner.app.round.ScheduleRefused;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Cohorts and rounds over JSON, as on the pages: a new cohort with its rounds, a round with its status and every
 * deadline, a change of its name and dates (naming the version read), and the steps of its cycle. A wrong field is a
 * 400 with every field; a step that is not possible now, or a round changed since its version was read, a 409 with the
 * reason and its code.
 */
@RestController
@JsonApi
@Tag(
        name = "Rounds",
        description = "Cohorts and their rounds made in the planner, the rounds' dates and the steps of their cycle"
                + " (coordinator only)")
class RoundApiController {

    private final RoundRepository rounds;
    private final RoundSchedules schedules;
    private final RoundDecisions decisions;
    private final RefusalMessages messages;

    RoundApiController(
            RoundRepository rounds, RoundSchedules schedules, RoundDecisions decisions, RefusalMessages messages) {
        this.rounds = rounds;
        this.schedules = schedules;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/api/rounds/{id}")
    @Operation(
            summary = "A round: its status, the next step of its cycle, its dates, every deadline and its version",
            description = "Send the version back with PUT /api/rounds/{id} to change the round.")
    @Transactional(readOnly = true)
    RoundJson round(@PathVariable long id) {
        return RoundJson.of(find(id));
    }

    @PutMapping("/api/rounds/{id}")
    @Operation(
            summary = "Change a round's name, dates, deadlines and evaluation days; send the version read",
            description = "Dates are yyyy-MM-dd. Intake deadline ≤ preferences deadline < start; host ranking deadline"
                    + " between the preferences deadline and the start; end ≥ start; the rounds of a cohort do not"
                    + " overlap. A published, running or closed round keeps its start and end. Evaluation days left out"
                    + " are the standard days (halfway, two weeks before the end); moving the start or end with the"
                    + " evaluation days unchanged puts them back on those days. 400 with every wrong field; 409 when the"
                    + " round was changed since the version sent (nothing is saved).")
    RoundJson change(
            @PathVariable long id, @Valid @RequestBody RoundChangeForm body, BindingResult errors, Authentication user)
            throws BindException {
        Round round = find(id);
        if (errors.hasErrors()) {
            ScheduleErrors.reject(schedules.problemsOfChange(round, body.plan()), errors);
            throw new BindException(errors);
        }
        try {
            return RoundJson.of(schedules.change(id, body.getVersion(), body.plan(), user.getName()));
        } catch (ScheduleRefused refused) {
            if (refused.conflict()) {
                throw refused;
            }
            ScheduleErrors.reject(refused.problems(), errors);
            throw new BindException(errors);
        }
    }

    @PostMapping("/api/rounds/{id}/steps")
    @Operation(
            summary = "Take the next step of the round's cycle; answers the round with its new status",
            description =
                    "Steps in order: OPEN_PREFERENCES (from INTAKE), START_MATCHING (from PREFERENCES_OPEN; before"
                            + " the preferences deadline only with a reason, kept in the audit trail), PUBLISH (from MATCHING;"
                            + " only with \"confirm\": true, as it cannot be undone, and only a proposal that keeps every hard"
                            + " rule), START (from PUBLISHED), CLOSE (from RUNNING). A step that is not possible now is a 409"
                            + " problem with its code (such as refusal.matching.early, refusal.publish.notConfirmed,"
                            + " refusal.step.notNow); the round is then unchanged.")
    RoundJson step(@PathVariable long id, @Valid @RequestBody StepRequest request, Authentication user) {
        Round round = find(id);
        decisions.step(round, request.step(), request.reason(), Boolean.TRUE.equals(request.confirm()), user.getName());
        return RoundJson.of(round);
    }

    @PostMapping("/api/cohorts/new")
    @Operation(
            summary = "Make a new cohort with one to three rounds, each in intake",
            description =
                    "The rounds in sequence, each with the dates of PUT /api/rounds/{id}; a round starts after the"
                            + " one before it ends. The cohort's name is unique. Stored in one transaction, or not at all: 400"
                            + " with every wrong field (rounds[1].start, name, ...).")
    ResponseEntity<CohortJson> create(@Valid @RequestBody CohortForm body, BindingResult errors, Authentication user)
            throws BindException {
        if (errors.hasErrors()) {
            ScheduleErrors.reject(schedules.problemsOfNewCohort(body.getName(), body.plans()), errors);
            throw new BindException(errors);
        }
        try {
            RoundSchedules.NewCohort made = schedules.createCohort(body.getName(), body.plans(), user.getName());
            return ResponseEntity.created(
                            URI.create("/api/cohorts/" + made.cohort().getId()))
                    .body(new CohortJson(
                            made.cohort().getId(),
                            made.cohort().getName(),
                            made.rounds().stream().map(RoundJson::of).toList()));
        } catch (ScheduleRefused refused) {
            ScheduleErrors.reject(refused.problems(), errors);
            throw new BindException(errors);
        }
    }

    /** A change made on a version of the round that is no longer the stored one. */
    @ExceptionHandler(ScheduleRefused.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(ScheduleRefused refused) {
        String code = refused.problems().get(0).code();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.text(code));
        problem.setTitle(messages.text("refusal.title"));
        problem.setProperty("code", code);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The step to take; a reason is needed to start matching before the preferences deadline. */
    record StepRequest(
            @NotNull @Schema(description = "the step to take")
            RoundStep step,

            @Size(max = 2000) @Schema(description = "why; required to start matching before the preferences deadline")
            String reason,

            @Schema(description = "must be true to PUBLISH") Boolean confirm) {}

    /** A round as the API shows it, with the version to send back when changing it. */
    record RoundJson(
            long id,
            long version,
            long cohortId,
            String cohortName,
            int sequenceNumber,
            String name,
            String status,

            @Schema(description = "the step the round takes next; null once closed")
            String nextStep,

            @Schema(description = "true once published: start and end can no longer change")
            boolean startAndEndFixed,

            LocalDate start,
            LocalDate end,
            LocalDate intakeDeadline,
            LocalDate preferencesDeadline,
            LocalDate hostRankingDeadline,
            LocalDate midTermEvaluationOpens,
            LocalDate finalEvaluationOpens,
            int minChoices,
            int maxChoices) {

        static RoundJson of(Round r) {
            return new RoundJson(
                    r.getId(),
                    r.getVersion(),
                    r.getCohort().getId(),
                    r.getCohort().getName(),
                    r.getSequenceNumber(),
                    r.getName(),
                    r.getStatus().name(),
                    RoundStep.next(r.getStatus()).map(Enum::name).orElse(null),
                    r.hasFixedPeriod(),
                    r.getStartDate(),
                    r.getEndDate(),
                    r.getIntakeDeadline(),
                    r.getPreferencesDeadline(),
                    r.getHostRankingDeadline(),
                    r.getMidTermEvaluationOpens(),
                    r.getFinalEvaluationOpens(),
                    r.getChoiceLimits().minimum(),
                    r.getChoiceLimits().maximum());
        }
    }

    /** A cohort just made, with its rounds. */
    record CohortJson(long id, String name, List<RoundJson> rounds) {}
}
