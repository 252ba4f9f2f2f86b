package nl.traineeplanner.app.planning.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.round.ScheduleProblem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts the domain's problems with a cohort or a round on the fields of the form (or the API's body) they are about. */
final class ScheduleErrors {

    private ScheduleErrors() {}

    /**
     * Adds every problem to the binding result, except on a field that bean validation already refused (a missing or
     * malformed value is told once).
     */
    static void reject(List<ScheduleProblem> problems, BindingResult errors) {
        Set<String> refusedAlready =
                errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (ScheduleProblem problem : problems) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() == null) {
                errors.reject(problem.code(), arguments, null);
            } else if (!refusedAlready.contains(problem.field())) {
                errors.rejectValue(problem.field(), problem.code(), arguments, null);
            }
        }
    }
}
