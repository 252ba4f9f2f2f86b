package nl.traineeplanner.app.dashboard.web;

import java.util.Locale;
import nl.traineeplanner.app.dashboard.CohortOverview;
import nl.traineeplanner.app.dashboard.Dashboard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator's start page (role COORDINATOR, any cohort): the overview of one cohort, by default the one under
 * way. The charts are drawn in the browser from the numbers the page carries; each has its table on the page.
 */
@Controller
class DashboardController {

    private final CohortOverview overview;
    private final JsonMapper json;

    DashboardController(CohortOverview overview, JsonMapper json) {
        this.overview = overview;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Long cohort, Locale locale, Model model) {
        model.addAttribute("cohorts", overview.cohorts());
        Long shown = cohort != null ? cohort : overview.current().orElse(null);
        if (shown == null) {
            return "dashboard/dashboard";
        }
        Dashboard dashboard =
                overview.of(shown, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("timelineJson", json.writeValueAsString(dashboard.rounds()));
        model.addAttribute(
                "chartJson",
                dashboard.charts().stream()
                        .collect(java.util.stream.Collectors.toMap(Dashboard.Chart::id, json::writeValueAsString)));
        return "dashboard/dashboard";
    }
}
