package nl.traineeplanner.app.importexport.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.importexport.DataImports;
import nl.traineeplanner.app.importexport.DataKind;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's import of trainees, host users or assignments from Excel or CSV into a cohort: a page with the
 * templates and the upload form, a preview of the uploaded file with every problem by row and column, and the
 * confirmation that imports exactly the previewed file (kept in the session meanwhile). Also the cohort's assignment
 * catalogue as Excel.
 */
@Controller
class DataImportPageController {

    private final CohortRepository cohorts;
    private final DataImports imports;
    private final UploadedFiles uploads;
    private final DataFiles files;
    private final ImportMessages messages;

    DataImportPageController(
            CohortRepository cohorts,
            DataImports imports,
            UploadedFiles uploads,
            DataFiles files,
            ImportMessages messages) {
        this.cohorts = cohorts;
        this.imports = imports;
        this.uploads = uploads;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/cohorts/{id}/imports")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohort(id));
        model.addAttribute("kinds", DataKind.values());
        model.addAttribute("limits", messages.dataImportLimits());
        return "importexport/data-import";
    }

    @PostMapping("/cohorts/{id}/imports")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Cohort cohort = cohort(id);
        DataKind chosen = kind == null ? null : DataKind.ofSlug(kind).orElse(null);
        if (chosen == null || file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("cohort", cohort);
            model.addAttribute("kinds", DataKind.values());
            model.addAttribute("limits", messages.dataImportLimits());
            model.addAttribute("chosenKind", kind);
            model.addAttribute(
                    "problems",
                    List.of(messages.text(chosen == null ? "dataImport.kind.missing" : "dataImport.file.missing")));
            return "importexport/data-import";
        }
        byte[] content = file.getBytes();
        String fileName = file.getOriginalFilename();
        DataImports.Preview preview = imports.preview(id, chosen, fileName, content);
        String key = uploads.keep(session, new UploadedFiles.Upload(id, chosen, preview.fileName(), content));
        return preview(cohort, preview, key, model, response);
    }

    @PostMapping("/cohorts/{id}/imports/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String digest,
            Authentication user,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Cohort cohort = cohort(id);
        UploadedFiles.Upload upload = uploads.find(session, key, id).orElse(null);
        if (upload == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("cohort", cohort);
            model.addAttribute("kinds", DataKind.values());
            model.addAttribute("limits", messages.dataImportLimits());
            model.addAttribute("problems", List.of(messages.text("dataImport.upload.gone")));
            return "importexport/data-import";
        }
        try {
            DataImports.Imported imported =
                    imports.importFile(id, upload.kind(), upload.fileName(), upload.content(), user.getName(), digest);
            uploads.forget(session, key);
            redirect.addFlashAttribute("imported", messages.dataImported(imported));
            return "redirect:/cohorts/" + id + "/imports";
        } catch (DataImports.Refused refused) {
            imports.recordRefusal(id, refused.preview(), user.getName());
            return preview(cohort, refused.preview(), key, model, response);
        }
    }

    @GetMapping(value = "/cohorts/{id}/imports/{kind}/template.xlsx", produces = PlanDownloads.XLSX)
    ResponseEntity<byte[]> templateXlsx(@PathVariable long id, @PathVariable String kind, Locale locale) {
        cohort(id);
        return files.template(kind, "xlsx", locale);
    }

    @GetMapping(value = "/cohorts/{id}/imports/{kind}/template.csv", produces = DataFiles.CSV)
    ResponseEntity<byte[]> templateCsv(@PathVariable long id, @PathVariable String kind, Locale locale) {
        cohort(id);
        return files.template(kind, "csv", locale);
    }

    @GetMapping(value = "/cohorts/{id}/catalogue.xlsx", produces = PlanDownloads.XLSX)
    ResponseEntity<byte[]> catalogue(@PathVariable long id, Authentication user, Locale locale) {
        return files.catalogue(id, user.getName(), locale);
    }

    private String preview(
            Cohort cohort, DataImports.Preview preview, String key, Model model, HttpServletResponse response) {
        if (!preview.importable()) {
            response.setStatus(422);
        }
        model.addAttribute("cohort", cohort);
        model.addAttribute("preview", preview);
        model.addAttribute("key", key);
        model.addAttribute("problems", messages.explainSheet(preview.problems()));
        model.addAttribute("rowProblems", messages.problemsByRow(preview));
        return "importexport/data-preview";
    }

    private Cohort cohort(long id) {
        return cohorts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
