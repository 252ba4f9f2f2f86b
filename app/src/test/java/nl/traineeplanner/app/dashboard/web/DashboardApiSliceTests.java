package nl.traineeplanner.app.dashboard.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.traineeplanner.app.dashboard.CohortOverview;
import nl.traineeplanner.app.dashboard.Dashboard;
import nl.traineeplanner.app.system.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The cohort dashboard as data: for coordinators only, in the language of the request; the overview is mocked. */
@WebSliceTest(DashboardApiController.class)
class DashboardApiSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CohortOverview overview;

    private static Dashboard dashboard() {
        return new Dashboard(
                7,
                "Lichting 2026",
                LocalDate.of(2026, 12, 6),
                "3 rondes",
                List.of(),
                List.of(new Dashboard.Count("trainees", "trainees", 12, "/trainees")),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    @Test
    void aCoordinatorGetsTheCohortInTheLanguageOfTheRequest() throws Exception {
        when(overview.of(7, Locale.ENGLISH)).thenReturn(Optional.of(dashboard()));

        mvc.perform(get("/api/cohorts/7/dashboard")
                        .param("lang", "en")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohortName").value("Lichting 2026"))
                .andExpect(jsonPath("$.counts[0].value").value(12))
                // the map is for the page only
                .andExpect(jsonPath("$.map").doesNotExist());
    }

    @Test
    void aCohortThatIsNotThereIsAProblemNotFound() throws Exception {
        when(overview.of(eq(8L), any())).thenReturn(Optional.empty());

        mvc.perform(get("/api/cohorts/8/dashboard").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobodyElseGetsIt() throws Exception {
        mvc.perform(get("/api/cohorts/7/dashboard")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/cohorts/7/dashboard").with(user("host").roles("HOST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cohorts/7/dashboard").with(user("trainee").roles("TRAINEE")))
                .andExpect(status().isForbidden());
        verify(overview, never()).of(anyLong(), any());
    }
}
