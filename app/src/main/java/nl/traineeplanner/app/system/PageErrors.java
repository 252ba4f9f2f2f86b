package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose data was changed by someone else between reading and saving gets a plain explanation instead of a
 * stack trace. Other errors go to Boot's error handling, which renders {@code templates/error.html}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView staleEdit(HttpServletResponse response) {
        return conflict(response, "error.stale");
    }

    /** A guarded step that is not possible now, such as approving an assignment twice. */
    @ExceptionHandler(IllegalStateException.class)
    ModelAndView stepNotAllowed(HttpServletResponse response) {
        return conflict(response, "error.transition");
    }

    /** A file sent from a form above the multipart limit: nothing of it is kept. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        page.addObject("messageKey", "error.413");
        return page;
    }

    private static ModelAndView conflict(HttpServletResponse response, String messageKey) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_CONFLICT);
        page.addObject("messageKey", messageKey);
        return page;
    }
}
