package nl.traineeplanner.app.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.Evaluation;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationProblem;
import nl.traineeplanner.app.evaluation.EvaluationRefused;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluations over JSON. A trainee reaches only their own self-evaluations ({@code /api/my}), a host only the host
 * forms of its own organisation's placements ({@code /api/host}), each with the other author's form once both are
 * submitted; the coordinator reads every evaluation ({@code /api/evaluations}). A save names the version it read; a
 * form that is not open yet, already submitted or saved since is a 409, a wrong answer a 400 with every field.
 */
@RestController
@JsonApi
@Tag(
        name = "Evaluations",
        description = "Mid-term and final evaluations of published placements: self-evaluations (trainee), the host's"
                + " forms (host) and the overview (coordinator)")
class EvaluationApiController {

    private final EvaluationAccess access;
    private final Evaluations evaluations;
    private final EvaluationMessages messages;

    EvaluationApiController(EvaluationAccess access, Evaluations evaluations, EvaluationMessages messages) {
        this.access = access;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/api/my/evaluations")
    @Operation(
            summary = "My evaluations: my self-evaluation forms, with the host's form once both are submitted",
            description = "The id of each is that of my own form, to save with PUT /api/my/evaluations/{id}.")
    @Transactional(readOnly = true)
    List<OwnEvaluationJson> mine(@AuthenticationPrincipal SignedInUser user) {
        return own(evaluations.ofTrainee(access.traineeId(user)), EvaluationAuthor.TRAINEE);
    }

    @PutMapping("/api/my/evaluations/{id}")
    @Operation(
            summary = "Save my self-evaluation as a draft, or submit it (\"submit\": true)",
            description = "Names the version it read. 409 when the form does not open until later, is submitted"
                    + " already, or was saved since that version; 400 with every wrong field (a score outside 1 to 5,"
                    + " no score on submitting, a text over 2000 characters). Nothing is stored when refused.")
    OwnEvaluationJson saveMine(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Valid @RequestBody FormRequest request) {
        return save(user, access.traineeForm(user, id), request);
    }

    @GetMapping("/api/host/evaluations")
    @Operation(
            summary = "The host forms of the placements at my organisation, with the trainee's self-evaluation once"
                    + " both are submitted",
            description = "The id of each is that of the host form, to save with PUT /api/host/evaluations/{id}.")
    @Transactional(readOnly = true)
    List<OwnEvaluationJson> host(@AuthenticationPrincipal SignedInUser user) {
        return own(evaluations.atOrganisation(access.organisationId(user)), EvaluationAuthor.HOST);
    }

    @PutMapping("/api/host/evaluations/{id}")
    @Operation(
            summary = "Save a host form of my organisation as a draft, or submit it (\"submit\": true)",
            description = "As for a self-evaluation: 409 when not open yet, submitted already or saved since the"
                    + " given version; 400 with every wrong field. Another organisation's form is 403.")
    OwnEvaluationJson saveHost(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Valid @RequestBody FormRequest request) {
        return save(user, access.hostForm(user, id), request);
    }

    @GetMapping("/api/evaluations")
    @Operation(
            summary = "Every evaluation with the state of both forms, overdue ones marked",
            description = "The answers of a form are given once it is submitted; a draft stays with its author.")
    @Transactional(readOnly = true)
    List<EvaluationJson> all() {
        LocalDate today = evaluations.today();
        return evaluations.perTrainee().stream()
                .map(e -> EvaluationJson.of(e, today))
                .toList();
    }

    private OwnEvaluationJson save(SignedInUser user, EvaluationForm form, FormRequest request) {
        if (request.version() == null) {
            throw new VersionMissing();
        }
        EvaluationForm saved = evaluations.save(
                form, request.answers(), Boolean.TRUE.equals(request.submit()), request.version(), user.username());
        return OwnEvaluationJson.of(evaluations.evaluationOf(saved), saved.getAuthor(), evaluations.today());
    }

    private List<OwnEvaluationJson> own(List<Evaluation> found, EvaluationAuthor author) {
        LocalDate today = evaluations.today();
        return found.stream().map(e -> OwnEvaluationJson.of(e, author, today)).toList();
    }

    @ExceptionHandler(VersionMissing.class)
    ResponseEntity<ProblemDetail> versionMissing() {
        String code = "evaluation.refused.version.missing";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text(code));
        problem.setTitle(messages.text("evaluation.refused.title"));
        problem.setProperty("code", code);
        problem.setProperty("errors", List.of(new FieldProblem("version", messages.text(code))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(EvaluationRefused.class)
    ResponseEntity<ProblemDetail> refused(EvaluationRefused refused) {
        HttpStatus status = refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<EvaluationProblem> problems = refused.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(problems.get(0)));
        problem.setTitle(messages.text("evaluation.refused.title"));
        problem.setProperty("code", problems.get(0).code());
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> new FieldProblem(p.field(), messages.text(p)))
                        .toList());
        return ResponseEntity.status(status).body(problem);
    }

    /** A save: the version it read, whether to submit, an answer per question and the general remark. */
    record FormRequest(
            @PositiveOrZero(message = "{bounds.reference}") Long version,
            Boolean submit,
            @Valid Answer learningGoals,
            @Valid Answer contribution,
            @Valid Answer supervision,
            @Valid Answer again,
            @Size(max = 4000, message = "{bounds.text}") String remark) {

        EvaluationAnswers answers() {
            return new EvaluationAnswers(learningGoals, contribution, supervision, again, remark);
        }
    }

    record FieldProblem(String field, String message) {}

    /** A save that does not say which version of the form it read. */
    static class VersionMissing extends RuntimeException {}

    /** One form: its state on the day, and its answers where the reader may see them. */
    record FormJson(
            long id,
            String author,
            long version,
            String status,
            boolean overdue,
            LocalDateTime submittedAt,
            Answer learningGoals,
            Answer contribution,
            Answer supervision,
            Answer again,
            String remark) {

        static FormJson of(EvaluationForm form, LocalDate today, boolean withAnswers) {
            EvaluationAnswers answers = form.answers();
            return new FormJson(
                    form.getId(),
                    form.getAuthor().name(),
                    form.getVersion(),
                    form.status(today).name(),
                    form.isOverdue(today),
                    form.getSubmittedAt(),
                    withAnswers ? answers.learningGoals() : null,
                    withAnswers ? answers.contribution() : null,
                    withAnswers ? answers.supervision() : null,
                    withAnswers ? answers.again() : null,
                    withAnswers ? answers.remark() : null);
        }
    }

    /** An evaluation as one of its authors sees it: their own form, and the other one once both are submitted. */
    record OwnEvaluationJson(
            long id,
            long placement,
            String trainee,
            String organisation,
            String assignment,
            long round,
            String roundName,
            String moment,
            LocalDate opensOn,
            LocalDate dueOn,
            boolean open,
            boolean overdue,
            FormJson form,
            FormJson counterpart) {

        static OwnEvaluationJson of(Evaluation evaluation, EvaluationAuthor author, LocalDate today) {
            EvaluationForm own = evaluation.form(author);
            Placement p = evaluation.placement();
            return new OwnEvaluationJson(
                    own.getId(),
                    p.getId(),
                    p.getTrainee().getName(),
                    p.getAssignment().getOrganisation().getName(),
                    p.getAssignment().getTitle(),
                    p.getRound().getId(),
                    p.getRound().getName(),
                    evaluation.moment().name(),
                    own.opensOn(),
                    own.dueOn(),
                    own.isOpen(today),
                    own.isOverdue(today),
                    FormJson.of(own, today, true),
                    evaluation
                            .counterpartFor(author)
                            .map(f -> FormJson.of(f, today, true))
                            .orElse(null));
        }
    }

    /** An evaluation as the coordinator sees it: both forms, the answers of submitted ones. */
    record EvaluationJson(
            long placement,
            long traineeId,
            String trainee,
            long organisationId,
            String organisation,
            String assignment,
            long round,
            String roundName,
            String moment,
            LocalDate opensOn,
            LocalDate dueOn,
            boolean overdue,
            FormJson hostForm,
            FormJson traineeForm) {

        static EvaluationJson of(Evaluation evaluation, LocalDate today) {
            Placement p = evaluation.placement();
            return new EvaluationJson(
                    p.getId(),
                    p.getTrainee().getId(),
                    p.getTrainee().getName(),
                    p.getAssignment().getOrganisation().getId(),
                    p.getAssignment().getOrganisation().getName(),
                    p.getAssignment().getTitle(),
                    p.getRound().getId(),
                    p.getRound().getName(),
                    evaluation.moment().name(),
                    evaluation.host().opensOn(),
                    evaluation.host().dueOn(),
                    evaluation.isOverdue(today),
                    FormJson.of(evaluation.host(), today, evaluation.host().isSubmitted()),
                    FormJson.of(
                            evaluation.trainee(), today, evaluation.trainee().isSubmitted()));
        }
    }
}
