package nl.traineeplanner.app.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rest of this half of a round over JSON: a trainee's profile and placements, a round's progress and reminders,
 * and accounts; each refused to the roles it is not for, with nothing changed.
 */
@WebAppTest
@Transactional
class MoreApiTests {

    private static final RequestPostProcessor ANNA = SignIn.as("trainee");
    private static final RequestPostProcessor HOST = SignIn.as("host");
    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private RoundRepository rounds;

    private Trainee anna() {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTraineeKeepsTheirProfileOverJson() throws Exception {
        Trainee anna = anna();
        mvc.perform(get("/api/my/profile").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Anna de Jong")))
                .andExpect(jsonPath("$.version", notNullValue()));

        String body = """
                {"version": %d, "education": "MSc Planologie", "homeMunicipality": "GM0047",
                 "maxTravelKm": 30, "interests": ["data"], "excludedOrganisations": []}
                """;
        mvc.perform(put("/api/my/profile")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(anna.getVersion() + 7))
                        .with(ANNA))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/my/profile")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(anna.getVersion()).replace("GM0047", "GM9999"))
                        .with(ANNA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("homeMunicipality")));
        assertThat(anna.getHomeMunicipality().getCode()).isEqualTo("GM0014");

        mvc.perform(put("/api/my/profile")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(anna.getVersion()))
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeMunicipality", is("GM0047")))
                .andExpect(jsonPath("$.maxTravelKm", is(30)));
        for (RequestPostProcessor other : List.of(HOST, COORDINATOR)) {
            mvc.perform(get("/api/my/profile").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/my/placements").with(other)).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCoordinatorFollowsProgressAndManagesAccountsOverJson() throws Exception {
        long round = rounds.findAllByOrderByStartDate().get(0).getId();
        mvc.perform(get("/api/rounds/{id}/progress", round).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainees.length()", is(24)));
        mvc.perform(post("/api/rounds/{id}/reminders", round).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainees", is(0)));

        long bram = accounts.findByUsername("bram").orElseThrow().getId();
        mvc.perform(post("/api/accounts/{id}/disable", bram).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled", is(false)));
        mvc.perform(post("/api/accounts/hosts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Wim Zuidema\", \"email\": \"wim.zuidema@oldambt.example.org\","
                                + " \"organisation\": 1}")
                        .with(COORDINATOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mailed", is(false)))
                .andExpect(jsonPath("$.link", notNullValue()));
        mvc.perform(post("/api/accounts/hosts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Nog een\", \"email\": \"harm.dijkstra@oldambt.example.org\","
                                + " \"organisation\": 1}")
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("accounts.refused.emailTaken")));

        long before = accounts.count();
        for (RequestPostProcessor other : List.of(HOST, ANNA)) {
            mvc.perform(get("/api/rounds/{id}/progress", round).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/api/rounds/{id}/reminders", round).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/accounts").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/api/accounts/{id}/enable", bram).with(other)).andExpect(status().isForbidden());
        }
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findById(bram).orElseThrow().isEnabled()).isFalse();
    }
}
