package nl.traineeplanner.app.trainee.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's list of trainees a page at a time: 50 by name, with links to the pages before and after. */
@WebAppTest
@Transactional
class TraineeListPagingTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private MunicipalityRepository municipalities;

    @Test
    void theListShowsFiftyAndLinksToTheNextPage() throws Exception {
        var cohort = rounds.findAllByOrderByStartDate().get(0).getCohort();
        var groningen = municipalities.findAllByOrderByName().get(0);
        for (int i = 1; i <= 40; i++) {
            trainees.save(new Trainee(
                    cohort,
                    new TraineeProfile(
                            "Zz Trainee %02d".formatted(i),
                            "zz%02d@example.org".formatted(i),
                            null,
                            "Bestuurskunde",
                            Set.of(),
                            groningen,
                            groningen.centre(),
                            null)));
        }
        long all = trainees.count();
        assertThat(all).isGreaterThan(TraineeController.PAGE_SIZE);

        String first = mvc.perform(get("/trainees").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains("Pagina 1 van 2")
                .contains("href=\"/trainees?page=1\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(first.split("<th scope=\"row\">", -1)).hasSize(TraineeController.PAGE_SIZE + 1);

        String second = mvc.perform(get("/trainees").param("page", "1").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("Pagina 2 van 2").contains("rel=\"prev\"").contains("Zz Trainee 40");
        assertThat(second.split("<th scope=\"row\">", -1)).hasSize((int) (all - 50) + 1);
    }
}
