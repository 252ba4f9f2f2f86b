package nl.traineeplanner.app.importexport.web;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordinator downloads a cohort's published plan as an Excel file, from the page with the rounds. */
@Controller
class PlanDownloadController {

    private final PlanDownloads downloads;

    PlanDownloadController(PlanDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(value = "/cohorts/{id}/plan.xlsx", produces = PlanDownloads.XLSX)
    ResponseEntity<byte[]> plan(@PathVariable long id, Authentication user, Locale locale) {
        return downloads.of(id, user.getName(), locale);
    }
}
