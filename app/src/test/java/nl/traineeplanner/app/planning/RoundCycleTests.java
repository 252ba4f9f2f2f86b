package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The round's cycle on the round page, on a round whose preferences deadline lies ahead of today. */
@WebAppTest
@Transactional
class RoundCycleTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    private Round round;

    @BeforeEach
    void roundWithDeadlineAhead() {
        Round demo = rounds.findAllByOrderByStartDate().get(0);
        LocalDate today = LocalDate.now();
        round = rounds.save(new Round(
                demo.getCohort(),
                9,
                "Ronde toekomst",
                new RoundPeriod(today.plusDays(90), today.plusDays(330), today.plusDays(10), today.plusDays(30))));
    }

    private void step(String step, String reason) throws Exception {
        var request = post("/rounds/{id}/steps", round.getId())
                .param("step", step)
                .with(PlanningWorkflowTests.COORDINATOR)
                .with(csrf());
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request);
    }

    @Test
    void refusesToStartMatchingBeforeTheDeadlineWithoutAReason() throws Exception {
        step("OPEN_PREFERENCES", null);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);

        mvc.perform(post("/rounds/{id}/steps", round.getId())
                        .param("step", "START_MATCHING")
                        .param("reason", "  ")
                        .with(PlanningWorkflowTests.COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "refusal",
                                allOf(
                                        containsString("nog niet verstreken"),
                                        containsString("Geef een reden"),
                                        containsString(round.getPreferencesDeadline()
                                                .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"))))));
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
    }

    @Test
    void startsMatchingEarlyWithAReasonAndRecordsIt() throws Exception {
        step("OPEN_PREFERENCES", null);
        step("START_MATCHING", "Alle trainees hebben hun voorkeuren al opgegeven");

        assertThat(round.getStatus()).isEqualTo(RoundStatus.MATCHING);
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()))
                .extracting(AuditEvent::getAction, AuditEvent::getReason, AuditEvent::getUsername)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AuditAction.MATCHING_STARTED,
                                "Alle trainees hebben hun voorkeuren al opgegeven",
                                "coordinator"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PREFERENCES_OPENED, null, "coordinator"));
    }

    @Test
    void refusesAStepOutOfOrderAndSaysWhereTheRoundStands() throws Exception {
        mvc.perform(post("/rounds/{id}/steps", round.getId())
                        .param("step", "CLOSE")
                        .with(PlanningWorkflowTests.COORDINATOR)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "refusal",
                                allOf(containsString("Ronde afsluiten"), containsString("opdrachten verzamelen"))));
        assertThat(round.getStatus()).isEqualTo(RoundStatus.INTAKE);
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()))
                .isEmpty();
    }
}
