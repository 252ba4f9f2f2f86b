package nl.traineeplanner.app.assignment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue a page at a time: the page shows 50 assignments with links to the pages before and after, keeping
 * the search; the API gives a page of the size asked, the total in X-Total-Count and the next page in Link.
 */
@WebAppTest
@Transactional
class CataloguePagingTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private RoundRepository rounds;

    private long approved;

    /** Enough assignments for a second page: the demo's and twelve more. */
    @BeforeEach
    void twelveMore() throws Exception {
        Assignment template =
                assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).get(0);
        long round = rounds.findAllByOrderByStartDate().get(0).getId();
        for (int i = 1; i <= 12; i++) {
            mvc.perform(post("/api/assignments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"title": "Zoekwerk %02d", "organisation": %d, "programme": "tvg", "domain": "data",
                                     "context": "Veel data.", "tasks": "Zoeken.", "expectedResult": "Gevonden.",
                                     "municipality": "GM0014", "latitude": 53.2, "longitude": 6.6, "rounds": [%d],
                                     "capacity": 1, "supervisorName": "Eva Hofstra",
                                     "supervisorEmail": "eva.hofstra@groningen.nl"}
                                    """.formatted(i, template.getOrganisation().getId(), round))
                            .with(SignIn.as("coordinator")))
                    .andExpect(status().isCreated());
        }
        approved = assignments.countByStatus(AssignmentStatus.APPROVED);
        assertThat(approved).isGreaterThan(AssignmentController.PAGE_SIZE);
    }

    @Test
    void thePageShowsFiftyAndLinksToTheNextPageKeepingTheSearch() throws Exception {
        mvc.perform(get("/assignments?programme=").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(approved + " opdrachten gevonden; hieronder 1 tot en met 50")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Pagina 1 van 2")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("href=\"/assignments?programme=&amp;page=1\" rel=\"next\"")));
        String second = mvc.perform(get("/assignments").param("page", "1").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("Pagina 2 van 2").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(second.split("<th scope=\"row\">", -1)).hasSize((int) (approved - 50) + 1);
    }

    @Test
    void theApiGivesAPageWithTheTotalAndALinkToTheNext() throws Exception {
        mvc.perform(get("/api/assignments").param("size", "20").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(header().string("X-Total-Count", String.valueOf(approved)))
                .andExpect(header().string("Link", containsString("page=1")));
        int last = (int) ((approved - 1) / 20);
        mvc.perform(get("/api/assignments")
                        .param("size", "20")
                        .param("page", String.valueOf(last))
                        .with(SignIn.as("trainee")))
                .andExpect(jsonPath("$", hasSize((int) (approved - last * 20L))))
                .andExpect(header().doesNotExist("Link"));
        mvc.perform(get("/api/assignments").param("size", "501").with(SignIn.as("trainee")))
                .andExpect(status().isBadRequest());
    }
}
