package nl.traineeplanner.app.system;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy statement and the accessibility statement, for anyone, signed in or not. Their texts are in the
 * message bundles; what differs per organisation (its name, where to ask, how long data are kept, the date of the
 * statement) comes from the configuration.
 */
@Controller
class StatementsController {

    /**
     * What the privacy statement names.
     *
     * @param controller the organisation responsible for the planner's data
     * @param contact where to ask about one's data and exercise one's rights
     * @param officer where to reach the data protection officer
     * @param traineeMonths months after the end of the traineeship that trainees' data are kept
     * @param accountMonths months after an account is switched off or the traineeship has ended that it is kept
     * @param auditYears years that the audit trail is kept
     * @param signInMinutes minutes that failed sign-ins are remembered
     */
    public record Privacy(
            String controller,
            String contact,
            String officer,
            int traineeMonths,
            int accountMonths,
            int auditYears,
            long signInMinutes,
            LocalDate date) {}

    /**
     * What the accessibility statement names.
     *
     * @param organisation the organisation responsible for the planner
     * @param address where the planner is reached
     * @param contact where to report a problem
     * @param responseDays within how many working days a report is answered
     */
    public record Accessibility(
            String organisation, String address, String contact, int responseDays, LocalDate date) {}

    private final Privacy privacy;
    private final Accessibility accessibility;

    /** The dates are written as 2026-12-06 in the configuration. */
    StatementsController(
            @Value("${traineeplanner.privacy.controller}") String controller,
            @Value("${traineeplanner.privacy.contact}") String contact,
            @Value("${traineeplanner.privacy.officer}") String officer,
            @Value("${traineeplanner.privacy.statement-date}") String privacyDate,
            @Value("${traineeplanner.retention.trainee-months}") int traineeMonths,
            @Value("${traineeplanner.retention.account-months}") int accountMonths,
            @Value("${traineeplanner.retention.audit-years}") int auditYears,
            @Value("${traineeplanner.login.window-minutes:15}") long signInMinutes,
            @Value("${traineeplanner.base-url}") String address,
            @Value("${traineeplanner.accessibility.contact}") String accessibilityContact,
            @Value("${traineeplanner.accessibility.response-days}") int responseDays,
            @Value("${traineeplanner.accessibility.statement-date}") String accessibilityDate) {
        this.privacy = new Privacy(
                controller,
                contact,
                officer,
                traineeMonths,
                accountMonths,
                auditYears,
                signInMinutes,
                LocalDate.parse(privacyDate));
        this.accessibility = new Accessibility(
                controller, address, accessibilityContact, responseDays, LocalDate.parse(accessibilityDate));
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("privacy", privacy);
        return "privacy";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("accessibility", accessibility);
        return "accessibility";
    }
}
