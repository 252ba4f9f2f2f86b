package nl.traineeplanner.app.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.traineeplanner.app.dashboard.CohortOverview;
import nl.traineeplanner.app.dashboard.Dashboard;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The coordinator's overview of a cohort as data (role COORDINATOR, any cohort). */
@RestController
@JsonApi
@Tag(name = "Cohorts")
class DashboardApiController {

    private final CohortOverview overview;

    DashboardApiController(CohortOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/cohorts/{id}/dashboard")
    @Operation(
            summary = "A cohort at a glance",
            description = "Its rounds with every deadline and status, the counts, what needs attention now, the charts"
                    + " of its published placements (per policy domain, programme, municipality and organisation; the"
                    + " share of first and top-3 choices; travel distances; variety over the rounds) and the approved"
                    + " assignments and placements per municipality. Texts are in the language of the request.")
    Dashboard dashboard(@PathVariable long id, Locale locale) {
        return overview.of(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
