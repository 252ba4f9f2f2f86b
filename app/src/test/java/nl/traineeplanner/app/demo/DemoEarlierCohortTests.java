package nl.traineeplanner.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start the demo has a cohort a year ahead whose running round is published, with mid-term evaluations that
 * are overdue on the demo's day (1 December 2026), so every role's pages show something; the main cohort is untouched.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-earlier;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class DemoEarlierCohortTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private EvaluationFormRepository forms;

    private List<Round> of(String cohort) {
        return rounds.findAllByOrderByStartDate().stream()
                .filter(r -> r.getCohort().getName().equals(cohort))
                .toList();
    }

    @Test
    void theEarlierCohortRunsItsSecondRoundWithEveryTraineePlacedAndEvaluationsMade() {
        List<Round> earlier = of("Lichting 2026");
        assertThat(earlier)
                .extracting(Round::getStatus)
                .containsExactly(RoundStatus.CLOSED, RoundStatus.RUNNING, RoundStatus.INTAKE);
        Round running = earlier.get(1);
        assertThat(placements.findByRoundIdAndStatus(running.getId(), PlacementStatus.PUBLISHED))
                .hasSize(10);
        assertThat(forms.findByPlacementRoundId(running.getId())).hasSize(4 * 10);
        assertThat(of("Lichting 2027"))
                .extracting(Round::getStatus)
                .containsExactly(RoundStatus.PREFERENCES_OPEN, RoundStatus.INTAKE, RoundStatus.INTAKE);
    }

    @Test
    void everyRoleFindsPlacementsAndEvaluationsOnFirstStart() throws Exception {
        mvc.perform(get("/my").with(SignIn.as("lotte")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Lotte Hendriks"), containsString("/my/placements/"))));
        mvc.perform(get("/my/evaluations").with(SignIn.as("lotte"))).andExpect(status().isOk());
        mvc.perform(get("/evaluations").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lotte Hendriks")));
        mvc.perform(get("/messages").with(SignIn.as("lotte")))
                .andExpect(content().string(containsString("Je plaatsing in Ronde 2")));
    }
}
