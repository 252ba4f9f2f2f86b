package nl.traineeplanner.app.importexport.web;

import java.util.Locale;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.importexport.CatalogueWorkbooks;
import nl.traineeplanner.app.importexport.DataKind;
import nl.traineeplanner.app.importexport.DataTemplates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files the coordinator downloads around the Excel import, for the pages and the API alike: the empty templates
 * per kind, and the assignment catalogue of a cohort, whose download is written to the audit trail.
 */
@Component
class DataFiles {

    static final String CSV = "text/csv;charset=UTF-8";

    private final DataTemplates templates;
    private final CatalogueWorkbooks catalogues;
    private final AuditTrail audit;

    DataFiles(DataTemplates templates, CatalogueWorkbooks catalogues, AuditTrail audit) {
        this.templates = templates;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    static DataKind kind(String slug) {
        return DataKind.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    ResponseEntity<byte[]> template(String slug, String extension, Locale locale) {
        DataKind kind = kind(slug);
        boolean excel = extension.equals("xlsx");
        return download(
                excel ? templates.xlsx(kind, locale) : templates.csv(kind),
                excel ? PlanDownloads.XLSX : CSV,
                DataTemplates.fileName(kind, extension));
    }

    ResponseEntity<byte[]> catalogue(long cohortId, String username, Locale locale) {
        CatalogueWorkbooks.CatalogueFile file = catalogues
                .ofCohort(cohortId, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(
                username,
                AuditAction.CATALOGUE_EXPORTED,
                null,
                file.fileName(),
                AuditText.of("audit.count.assignments", file.rows()));
        return download(file.content(), PlanDownloads.XLSX, file.fileName());
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(content);
    }
}
