package nl.traineeplanner.app.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.traineeplanner.app.preference.web.PortalAccess;
import nl.traineeplanner.app.privacy.PersonalData;
import nl.traineeplanner.app.privacy.PersonalDataExport;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything the planner keeps about the signed-in trainee over JSON (AVG article 15), the same as the download on
 * "Mijn gegevens" (role TRAINEE; only their own data).
 */
@RestController
@JsonApi
@Tag(name = "Preferences and rankings", description = "A trainee's own data (trainee) and a host's rankings (host)")
class MyDataApiController {

    private final PortalAccess access;
    private final PersonalData personalData;

    MyDataApiController(PortalAccess access, PersonalData personalData) {
        this.access = access;
        this.personalData = personalData;
    }

    @GetMapping("/api/my/data")
    @Operation(
            summary = "Everything the planner keeps about me (AVG article 15)",
            description = "Profile, account, ranked lists with motivations, placements, evaluations as I may see them,"
                    + " messages to me, requests for a human review, and the audit trail about me: who read or"
                    + " changed my data. Dates and times are ISO 8601.")
    ResponseEntity<PersonalDataExport> mine(@AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + MyDataController.FILE_NAME + "\"")
                .body(personalData.of(access.trainee(user), LocaleContextHolder.getLocale()));
    }
}
