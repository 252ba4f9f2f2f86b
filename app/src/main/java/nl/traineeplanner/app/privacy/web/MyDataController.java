package nl.traineeplanner.app.privacy.web;

import nl.traineeplanner.app.preference.web.PortalAccess;
import nl.traineeplanner.app.privacy.PersonalData;
import nl.traineeplanner.app.privacy.PersonalDataExport;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mijn gegevens": everything the planner keeps about the signed-in trainee (AVG article 15), as a page and as a JSON
 * download with the same content (role TRAINEE; only their own data: there is no id in the path, so no other trainee's
 * data can be asked for).
 */
@Controller
class MyDataController {

    /** The download's file name. */
    static final String FILE_NAME = "mijn-gegevens-traineeplanner.json";

    private final PortalAccess access;
    private final PersonalData personalData;

    MyDataController(PortalAccess access, PersonalData personalData) {
        this.access = access;
        this.personalData = personalData;
    }

    @GetMapping("/my/data")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("data", personalData.of(access.trainee(user), LocaleContextHolder.getLocale()));
        return "privacy/my-data";
    }

    @GetMapping(value = "/my/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalDataExport> download(@AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(personalData.of(access.trainee(user), LocaleContextHolder.getLocale()));
    }
}
