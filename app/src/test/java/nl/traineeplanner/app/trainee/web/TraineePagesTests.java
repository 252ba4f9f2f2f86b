package nl.traineeplanner.app.trainee.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebAppTest
class TraineePagesTests {

    private static final RequestPostProcessor TRAINEE = user("trainee").roles("TRAINEE");
    private static final RequestPostProcessor HOST = user("host").roles("HOST");
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TraineeRepository trainees;

    private Trainee named(String name) {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void coordinatorSeesAllTrainees() throws Exception {
        mvc.perform(get("/trainees").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Anna de Jong"),
                                containsString("Yara Bos"),
                                containsString("<caption>"))));
    }

    @Test
    void hostsAndTraineesMayNotSeeTheTraineeList() throws Exception {
        mvc.perform(get("/trainees").with(HOST)).andExpect(status().isForbidden());
        mvc.perform(get("/trainees").with(TRAINEE)).andExpect(status().isForbidden());
    }

    @Test
    void hostsAndTraineesMayNotSeeATraineeProfile() throws Exception {
        long id = named("Anna de Jong").getId();
        mvc.perform(get("/trainees/{id}", id).with(HOST)).andExpect(status().isForbidden());
        mvc.perform(get("/trainees/{id}", id).with(TRAINEE)).andExpect(status().isForbidden());
    }

    @Test
    void profileShowsPreferencesTravelLimitAndExclusions() throws Exception {
        long id = named("Chantal Meijer").getId();
        mvc.perform(get("/trainees/{id}", id).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Chantal Meijer"),
                                containsString("40 km"),
                                containsString("Voorkeuren"))));
        long excluding = named("Bram Visser").getId();
        mvc.perform(get("/trainees/{id}", excluding).with(COORDINATOR))
                .andExpect(content().string(containsString("Gemeente Groningen")));
    }

    @Test
    void apiListsTraineesForTheCoordinatorOnly() throws Exception {
        mvc.perform(get("/api/trainees").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(24)));
        mvc.perform(get("/api/trainees").with(HOST)).andExpect(status().isForbidden());
        mvc.perform(get("/api/trainees").with(TRAINEE)).andExpect(status().isForbidden());
    }

    @Test
    void apiShowsATraineeWithRankedPreferences() throws Exception {
        Trainee trainee = named("Daan Bakker");
        mvc.perform(get("/api/trainees/{id}", trainee.getId()).with(COORDINATOR))
                .andExpect(jsonPath("$.name", is("Daan Bakker")))
                .andExpect(jsonPath("$.preferences[0].rank", is(1)))
                .andExpect(jsonPath("$.homeMunicipality", is("GM1969")));
    }
}
