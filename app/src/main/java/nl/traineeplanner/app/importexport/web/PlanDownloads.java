package nl.traineeplanner.app.importexport.web;

import java.util.Locale;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.importexport.PlanWorkbooks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cohort's published plan as an Excel file to download, for the page and the API alike; each download is written to
 * the audit trail: who, which file and how many placements it held.
 */
@Component
class PlanDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanWorkbooks workbooks;
    private final AuditTrail audit;

    PlanDownloads(PlanWorkbooks workbooks, AuditTrail audit) {
        this.workbooks = workbooks;
        this.audit = audit;
    }

    ResponseEntity<byte[]> of(long cohortId, String username, Locale locale) {
        PlanWorkbooks.PlanFile file = workbooks
                .ofCohort(cohortId, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(
                username,
                AuditAction.PLAN_EXPORTED,
                null,
                file.fileName(),
                AuditText.of("audit.count.placements", file.placements()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }
}
