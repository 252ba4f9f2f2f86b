package nl.traineeplanner.app.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Operations' endpoints: health is open and names its components (the database and the planner), with liveness and
 * readiness for a load balancer; the metrics are for the operations account only, never for a planner account.
 */
@WebAppTest
class OperationsEndpointsTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void healthIsUpWithTheDatabaseAndThePlannerAsComponents() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.planning.status").value("UP"))
                // anonymous callers see the status of each component, not its details
                .andExpect(jsonPath("$.components.planning.details").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(httpBasic("operations", "demo")))
                .andExpect(jsonPath("$.components.planning.details.workers").value(2));
    }

    @Test
    void metricsAreRefusedToEveryPlannerAccountAndToAnonymousCallers() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        for (String user : new String[] {"coordinator", "host", "trainee"}) {
            // their own password over Basic: not an operations account
            mvc.perform(get("/actuator/prometheus").with(httpBasic(user, "demo")))
                    .andExpect(status().isUnauthorized());
            // signed in to the pages: still not operations
            mvc.perform(get("/actuator/prometheus").with(SignIn.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/prometheus").with(httpBasic("operations", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOperationsAccountReadsRequestLatencyAndThePlannersOwnMeasures() throws Exception {
        mvc.perform(get("/login"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("operations", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count")))
                .andExpect(content().string(containsString("traineeplanner_runs_started_total")))
                .andExpect(content().string(containsString("traineeplanner_runs_running")))
                .andExpect(content().string(containsString("traineeplanner_runs_waiting")));
    }
}
