package nl.traineeplanner.app.portal.web;

import java.util.Locale;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.portal.Calendars;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Calendar files to download, from a page or the API: a trainee's own placements ({@code /my/calendar.ics} and
 * {@code /api/my/calendar.ics}, role TRAINEE, only their own) and the trainees placed with a host's organisation
 * ({@code /host/calendar.ics} and {@code /api/host/calendar.ics}, role HOST, only their organisation's).
 * Each download is written to the audit trail with how many placements it held.
 */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Calendars calendars;
    private final AuditTrail audit;

    CalendarController(Calendars calendars, AuditTrail audit) {
        this.calendars = calendars;
        this.audit = audit;
    }

    @GetMapping(
            value = {"/my/calendar.ics", "/api/my/calendar.ics"},
            produces = "text/calendar")
    ResponseEntity<String> trainee(@AuthenticationPrincipal SignedInUser trainee, Locale locale) {
        if (trainee.traineeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Calendars.CalendarFile file = calendars.ofTrainee(trainee.traineeId(), locale);
        audit.recordAboutTrainee(
                trainee.getUsername(),
                AuditAction.CALENDAR_EXPORTED,
                null,
                trainee.traineeId(),
                "mijn-plaatsingen.ics",
                AuditText.of("audit.count.placements", file.placements()));
        return download(file, "mijn-plaatsingen.ics");
    }

    @GetMapping(
            value = {"/host/calendar.ics", "/api/host/calendar.ics"},
            produces = "text/calendar")
    ResponseEntity<String> host(@AuthenticationPrincipal SignedInUser host, Locale locale) {
        if (host.organisationId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Calendars.CalendarFile file = calendars.ofHost(host.organisationId(), locale);
        audit.record(
                host.getUsername(),
                AuditAction.CALENDAR_EXPORTED,
                null,
                "trainees-bij-de-organisatie.ics",
                AuditText.of("audit.count.placements", file.placements()));
        return download(file, "trainees-bij-de-organisatie.ics");
    }

    private static ResponseEntity<String> download(Calendars.CalendarFile file, String name) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(file.text());
    }
}
