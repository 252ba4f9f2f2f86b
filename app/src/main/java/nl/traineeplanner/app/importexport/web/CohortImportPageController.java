package nl.traineeplanner.app.importexport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.importexport.ImportRefusal;
import nl.traineeplanner.app.importexport.InstanceImporter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's upload of a planning file as a new cohort. A refused file comes back on the same page with every
 * problem listed; an imported one redirects to the page with what was stored and links to its rounds.
 */
@Controller
class CohortImportPageController {

    private final InstanceImporter importer;
    private final ImportMessages messages;

    CohortImportPageController(InstanceImporter importer, ImportMessages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/cohorts/import")
    String form() {
        return "importexport/import";
    }

    @PostMapping("/cohorts/import")
    String upload(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) MultipartFile file,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("name", name);
        if (file == null || file.isEmpty()) {
            return refused(List.of(messages.text("import.file.missing")), model, response);
        }
        String fileName =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "instance.json"
                        : file.getOriginalFilename();
        try {
            CohortImport result = importer.importCohort(
                    name, new String(file.getBytes(), StandardCharsets.UTF_8), fileName, user.getName());
            redirect.addFlashAttribute("result", result);
            redirect.addFlashAttribute("summary", messages.summary(result));
            return "redirect:/cohorts/import";
        } catch (ImportRefusal refusal) {
            return refused(messages.explain(refusal.problems()), model, response);
        }
    }

    private static String refused(List<String> problems, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problems", problems);
        return "importexport/import";
    }
}
