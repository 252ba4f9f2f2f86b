package nl.traineeplanner.app.audit.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import org.springframework.data.domain.Limit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the coordinator looks for in the audit trail: one kind of event, a user name (or part of it) and a period of
 * days in the Netherlands, each optional. The same search drives the page and the CSV export.
 */
public record AuditSearch(
        AuditAction action,
        @Size(max = 200, message = "{bounds.text}") String user,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** The page shows at most this many events; the export holds up to {@link #EXPORT_LIMIT}. */
    static final int PAGE_LIMIT = 500;

    static final int EXPORT_LIMIT = 100_000;

    List<AuditEvent> in(AuditTrail audit, int limit) {
        String name = user == null || user.isBlank() ? null : user.strip();
        Instant start =
                from == null ? null : from.atStartOfDay(AuditEvent.SHOWN_IN).toInstant();
        Instant end = to == null
                ? null
                : to.plusDays(1).atStartOfDay(AuditEvent.SHOWN_IN).toInstant();
        return audit.search(action, name, start, end, Limit.of(limit));
    }

    /** The search in words for the audit trail, when its export is written down. */
    String describe() {
        return AuditText.of(
                "audit.detail.search", action == null ? "*" : action.name(), user == null ? "" : user, from, to);
    }
}
