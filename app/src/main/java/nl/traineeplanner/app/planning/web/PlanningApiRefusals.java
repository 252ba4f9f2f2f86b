package nl.traineeplanner.app.planning.web;

import nl.traineeplanner.app.planning.PlanningRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal of the planning API (a step not allowed now, a change that breaks a hard rule) as a 409 problem document
 * in the user's language, with the refusal's code for clients.
 */
@RestControllerAdvice(
        assignableTypes = {PlanningApiController.class, PlanApiController.class, RoundApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanningApiRefusals {

    private final RefusalMessages messages;

    PlanningApiRefusals(RefusalMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanningRefusal.class)
    ResponseEntity<ProblemDetail> refused(PlanningRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.explain(refusal));
        problem.setTitle(messages.text("refusal.title"));
        problem.setProperty("code", refusal.messageKey());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
