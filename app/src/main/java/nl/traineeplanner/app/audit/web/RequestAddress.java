package nl.traineeplanner.app.audit.web;

import nl.traineeplanner.app.audit.RequestOrigin;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the request being handled on this thread (behind a trusted proxy, the client's, as the
 * forwarded headers say), or null outside a request: for the audit trail.
 */
@Component
class RequestAddress implements RequestOrigin {

    @Override
    public String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
