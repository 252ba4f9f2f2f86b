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

    /**
     * The database does not answer (it is restarting, or the network to it is down): 503 with a plain explanation,
     * after at most the pool's connection timeout; the next request after it is back works again.
     */
    @ExceptionHandler({
        org.springframework.dao.DataAccessException.class,
        org.springframework.transaction.TransactionException.class,
        jakarta.persistence.PersistenceException.class
    })
    ModelAndView databaseUnreachable(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!connectionLost(failure)) {
            throw failure; // any other database error goes on to the usual error page
        }
        if (answeredDatabaseUnreachable(request, response, messages)) {
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        page.addObject("messageKey", "error.database");
        return page;
    }

    /**
     * Starts the answer that the database does not answer: 503 with a time to try again; an API call also gets its
     * problem document (true), a page is left to the caller to render (false). Also used before Spring MVC, by {@link
     * AccountStillOn}.
     */
    static boolean answeredDatabaseUnreachable(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.context.MessageSource messages)
            throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String detail = messages.getMessage("error.database", null, LanguageOfRequest.of(request));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"urn:traineeplanner:problem:database-unreachable\",\"status\":503,\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return true;
    }

    /** Whether a database error comes from a connection that could not be made or was lost. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.net.SocketException) {
                return true;
            }
            // SQL states 08 (connection exception) and PostgreSQL's 57P0x (the server shuts down, crashed or is
            // starting: "terminating connection due to administrator command" on a pooled connection after a restart)
            if (cause instanceof java.sql.SQLException sql
                    && ((sql.getSQLState() != null
                                    && (sql.getSQLState().startsWith("08")
                                            || sql.getSQLState().startsWith("57P")))
                            // the pool's proxy of a connection it found broken, when a rollback still tries it
                            || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static ModelAndView conflict(HttpServletResponse response, String messageKey) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_CONFLICT);
        page.addObject("messageKey", messageKey);
        return page;
    }
}
