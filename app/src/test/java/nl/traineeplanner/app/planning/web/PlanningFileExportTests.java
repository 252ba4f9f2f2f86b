package nl.traineeplanner.app.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A round downloaded as the engine's planning file is in the audit trail: who, which file, how many trainees. */
@WebAppTest
@Transactional
class PlanningFileExportTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AuditTrail audit;

    @Test
    void theDownloadOfARoundIsAudited() throws Exception {
        Round round = rounds.findAllByOrderByStartDate().get(0);
        mvc.perform(get("/api/rounds/{id}/instance", round.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk());

        int n = trainees.findByCohortIdOrderById(round.getCohort().getId()).size();
        assertThat(audit.findAll())
                .filteredOn(e -> e.getAction() == AuditAction.PLANNING_FILE_EXPORTED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getUsername()).isEqualTo("coordinator");
                    assertThat(e.getDetail()).isEqualTo("ronde-" + round.getId() + ".json");
                    assertThat(AuditWords.dutch(e.getReason())).isEqualTo(n + " trainees");
                });
    }
}
