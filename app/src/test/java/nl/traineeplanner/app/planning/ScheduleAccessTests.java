package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.planning.ScheduleForms.cohortJson;
import static nl.traineeplanner.app.planning.ScheduleForms.editRound;
import static nl.traineeplanner.app.planning.ScheduleForms.json;
import static nl.traineeplanner.app.planning.ScheduleForms.newCohort;
import static nl.traineeplanner.app.planning.ScheduleForms.stored;
import static nl.traineeplanner.app.planning.ScheduleForms.threeRounds;
import static nl.traineeplanner.app.planning.ScheduleForms.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Only the coordinator plans cohorts and rounds: hosts and trainees are forbidden every page and endpoint of it. */
@WebAppTest
@Transactional
class ScheduleAccessTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private AuditTrail audit;

    /** Every round as stored (name, dates, status, version), the number of cohorts and of audit lines. */
    private List<String> everything() {
        List<String> all = new ArrayList<>(rounds.findAll().stream()
                .map(r -> r.getId() + ":" + r.getVersion() + ":" + r.getStatus() + ":" + stored(r))
                .sorted()
                .toList());
        all.add("cohorts " + cohorts.count());
        all.add("audit " + audit.count());
        return all;
    }

    /** Every new page and endpoint, each as a fresh request. */
    private static List<MockHttpServletRequestBuilder> everyWay(Round round) {
        String change = json(with(stored(round), "name", "Niet van jou"));
        return List.of(
                get("/cohorts/new"),
                newCohort("Lichting 2028", threeRounds()),
                get("/rounds/{id}/edit", round.getId()),
                editRound(round.getId(), with(stored(round), "name", "Niet van jou")),
                get("/api/rounds/{id}", round.getId()),
                put("/api/rounds/{id}", round.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change),
                post("/api/rounds/{id}/steps", round.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\": \"OPEN_PREFERENCES\"}"),
                post("/api/cohorts/new")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(cohortJson("Lichting 2028", threeRounds())));
    }

    @Test
    void hostsAndTraineesAreForbiddenEveryPageAndEndpointAndNothingChanges() throws Exception {
        Round round = rounds.findAllByOrderByStartDate().get(1);
        List<String> before = everything();

        for (RequestPostProcessor other : List.of(SignIn.as("host"), SignIn.as("trainee"))) {
            for (MockHttpServletRequestBuilder request : everyWay(round)) {
                mvc.perform(request.with(other)).andExpect(status().isForbidden());
            }
        }

        assertThat(everything()).isEqualTo(before);
        assertThat(cohorts.findByName("Lichting 2028")).isEmpty();
        // the coordinator is answered each: the page made Lichting 2028 and changed the round, so the JSON change made
        // on the version before is refused (409) and so is a second Lichting 2028 (400)
        List<Integer> answers = new ArrayList<>();
        for (MockHttpServletRequestBuilder request : everyWay(round)) {
            answers.add(mvc.perform(request.with(SignIn.as("coordinator")))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        assertThat(answers).containsExactly(200, 302, 200, 302, 200, 409, 200, 400);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
        assertThat(round.getName()).isEqualTo("Niet van jou");
    }
}
