package nl.traineeplanner.app.system;

import jakarta.servlet.http.HttpServletRequest;
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

    private final org.springframework.util.unit.DataSize uploadLimit;
    private final org.springframework.context.MessageSource messages;

    PageErrors(
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:20MB}")
                    org.springframework.util.unit.DataSize uploadLimit,
            org.springframework.context.MessageSource messages) {
        this.uploadLimit = uploadLimit;
        this.messages = messages;
    }

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
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        String limit = uploadLimit.toMegabytes() + " MB";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String detail =
                    messages.getMessage("error.413.detail", new Object[] {limit}, LanguageOfRequest.of(request));
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"urn:traineeplanner:problem:too-large\",\"status\":413,\"detail\":\""
                            + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        page.addObject("messageKey", "error.413");
        page.addObject("limit", limit);
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
