package nl.traineeplanner.app.importexport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.traineeplanner.app.importexport.DataColumn;
import nl.traineeplanner.app.importexport.DataImports;
import nl.traineeplanner.app.importexport.DataKind;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@JsonApi
@Tag(
        name = "Imports",
        description = "Trainees, host users and assignments of a cohort from Excel (.xlsx) or CSV, their templates, and"
                + " the cohort's assignment catalogue as Excel (coordinator only)")
class DataImportApiController {

    private final CohortRepository cohorts;
    private final DataImports imports;
    private final DataFiles files;
    private final ImportMessages messages;

    DataImportApiController(CohortRepository cohorts, DataImports imports, DataFiles files, ImportMessages messages) {
        this.cohorts = cohorts;
        this.imports = imports;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping(value = "/api/cohorts/{id}/imports/{kind}/template.xlsx", produces = PlanDownloads.XLSX)
    @Operation(
            summary = "An empty Excel template for trainees, hosts or assignments",
            description = "kind is trainees, hosts or assignments. The first sheet has the header row the import"
                    + " expects (Dutch headers; the English ones are accepted too), the second what each column takes.")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = PlanDownloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> templateXlsx(@PathVariable long id, @PathVariable String kind, Locale locale) {
        cohort(id);
        return files.template(kind, "xlsx", locale);
    }

    @GetMapping(value = "/api/cohorts/{id}/imports/{kind}/template.csv", produces = DataFiles.CSV)
    @Operation(
            summary = "An empty CSV template for trainees, hosts or assignments",
            description = "The header line, separated by semicolons, in UTF-8 with a byte order mark.")
    ResponseEntity<byte[]> templateCsv(@PathVariable long id, @PathVariable String kind, Locale locale) {
        cohort(id);
        return files.template(kind, "csv", locale);
    }

    @PostMapping(value = "/api/cohorts/{id}/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import trainees, hosts or assignments from an Excel (.xlsx) or CSV file into the cohort",
            description = "kind is trainees, hosts or assignments. With dryRun=true nothing is stored: the answer is"
                    + " the preview, every row as it would be stored. Without it the rows are stored in one"
                    + " transaction: trainees and host users get an account with an invitation, assignments are"
                    + " approved. A file with any problem stores nothing and is answered with 422 and every problem by"
                    + " row, cell and column. At most 5000 rows; the upload limit is spring.servlet.multipart"
                    + ".max-file-size (20 MB). Formulas are refused (paste the values). Each import and each refusal"
                    + " is written to the audit trail.")
    @ApiResponse(responseCode = "200", description = "the preview (dryRun) or what was imported")
    @ApiResponse(responseCode = "422", description = "problems in the file; nothing was stored")
    @ApiResponse(responseCode = "404", description = "no such cohort or kind")
    ResponseEntity<?> upload(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "only check the file and answer the preview") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @Parameter(description = "the digest of the dry run's preview: the file must be that same file")
                    @RequestParam(required = false)
                    String digest,
            Authentication user)
            throws IOException {
        cohort(id);
        DataKind chosen = DataFiles.kind(kind);
        if (dryRun) {
            DataImports.Preview preview = imports.preview(id, chosen, file.getOriginalFilename(), file.getBytes());
            return preview.importable() ? ResponseEntity.ok(PreviewAnswer.of(preview)) : refused(preview);
        }
        try {
            DataImports.Imported imported =
                    imports.importFile(id, chosen, file.getOriginalFilename(), file.getBytes(), user.getName(), digest);
            return ResponseEntity.ok(new ImportedAnswer(
                    messages.dataImported(imported), imported.kind().slug(), imported.rows(), imported.mailed()));
        } catch (DataImports.Refused refusal) {
            imports.recordRefusal(id, refusal.preview(), user.getName());
            return refused(refusal.preview());
        }
    }

    @GetMapping(value = "/api/cohorts/{id}/catalogue.xlsx", produces = PlanDownloads.XLSX)
    @Operation(
            summary = "The cohort's assignment catalogue as an Excel file (.xlsx)",
            description = "One sheet per round with the approved assignments offered in it: title, organisation,"
                    + " municipality, policy domain, programme, capacity, supervisor and supervisor e-mail. A text a"
                    + " spreadsheet would run as a formula is written as text. The download is written to the audit"
                    + " trail (CATALOGUE_EXPORTED).")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = PlanDownloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> catalogue(@PathVariable long id, Authentication user, Locale locale) {
        return files.catalogue(id, user.getName(), locale);
    }

    private ResponseEntity<ProblemDetail> refused(DataImports.Preview preview) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.text("import.refused.detail"));
        problem.setTitle(messages.text("import.refused.title"));
        problem.setProperty(
                "errors",
                preview.problems().stream()
                        .map(p -> new RowProblem(p.row(), p.cell(), p.column(), messages.explain(p)))
                        .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private void cohort(long id) {
        cohorts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** One problem: the row (0 for the file as a whole), the cell and column if it is about one, and the message. */
    record RowProblem(int row, String cell, String column, String message) {}

    record PreviewAnswer(String kind, String fileName, String digest, List<Map<String, Object>> rows) {

        static PreviewAnswer of(DataImports.Preview preview) {
            List<Map<String, Object>> rows = preview.rows().stream()
                    .map(r -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("row", r.row());
                        List<DataColumn> columns = preview.columns();
                        for (int c = 0; c < columns.size(); c++) {
                            row.put(columns.get(c).header(), r.values().get(c));
                        }
                        return row;
                    })
                    .toList();
            return new PreviewAnswer(preview.kind().slug(), preview.fileName(), preview.digest(), rows);
        }
    }

    record ImportedAnswer(String message, String kind, int rows, int mailedInvitations) {}
}
