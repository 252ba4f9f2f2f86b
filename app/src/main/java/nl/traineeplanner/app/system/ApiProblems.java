package nl.traineeplanner.app.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the API's errors into RFC 9457 problem documents. Invalid input (bean validation or an unknown reference) lists every field with its message in the
 * user's language (Dutch by default), so a client can show each next to its input.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidInput(BindException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setType(URI.create("urn:traineeplanner:problem:invalid-input"));
        List<FieldProblem> fields = exception.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(org.springframework.validation.FieldError::getField))
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that is not JSON, does not fit the object, or goes beyond {@link JsonLimits} (nested too deep, a text or
     * number too long): 400, and nothing was read or stored.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean limit = NestedExceptionUtils.getMostSpecificCause(exception) instanceof StreamConstraintsException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.json.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.json.title", null, locale));
        problem.setType(
                URI.create(limit ? "urn:traineeplanner:problem:json-limit" : "urn:traineeplanner:problem:json"));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(ObjectOptimisticLockingFailureException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("error.stale", null, locale));
        problem.setTitle(messages.getMessage("error.stale.title", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> stepNotAllowed(IllegalStateException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("error.transition", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** One field that was not accepted, with the reason in the user's language. */
    record FieldProblem(String field, String message) {}
}
