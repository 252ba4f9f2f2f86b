package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.ChoiceLimits;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator sets how many assignments trainees choose in a round and until when hosts rank. */
@WebAppTest
@Transactional
class RoundChoicesTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    private Round round;

    @BeforeEach
    void roundOne() {
        round = rounds.findAllByOrderByStartDate().get(0);
    }

    private MockHttpServletRequestBuilder settings(String min, String max, String deadline) {
        return post("/rounds/{id}/choices", round.getId())
                .param("minChoices", min)
                .param("maxChoices", max)
                .param("hostRankingDeadline", deadline)
                .with(csrf());
    }

    @Test
    void coordinatorSetsTheChoicesAndTheRankingDeadlineAndItIsAudited() throws Exception {
        mvc.perform(settings("2", "6", "2026-12-28").with(SignIn.as("coordinator")))
                .andExpect(status().is3xxRedirection());

        assertThat(round.getChoiceLimits()).isEqualTo(new ChoiceLimits(2, 6));
        assertThat(round.getHostRankingDeadline()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.ROUND_SETTINGS_CHANGED);
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsSaved() throws Exception {
        ChoiceLimits before = round.getChoiceLimits();
        LocalDate deadline = round.getHostRankingDeadline();

        mvc.perform(settings("5", "3", "2027-02-01").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Het maximum is kleiner dan het minimum."),
                                containsString(
                                        "Deze datum ligt niet tussen de deadline voor voorkeuren en de start"))));
        mvc.perform(settings("", "x", "morgen").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Vul een aantal in."), containsString("Vul een datum in"))));

        assertThat(round.getChoiceLimits()).isEqualTo(before);
        assertThat(round.getHostRankingDeadline()).isEqualTo(deadline);
    }

    @Test
    void onlyTheCoordinatorChangesThem() throws Exception {
        ChoiceLimits before = round.getChoiceLimits();
        for (RequestPostProcessor other : List.of(SignIn.as("host"), SignIn.as("trainee"))) {
            mvc.perform(settings("1", "1", "2026-12-28").with(other)).andExpect(status().isForbidden());
        }
        assertThat(round.getChoiceLimits()).isEqualTo(before);
    }
}
