package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.planning.ScheduleForms.editRound;
import static nl.traineeplanner.app.planning.ScheduleForms.newCohort;
import static nl.traineeplanner.app.planning.ScheduleForms.stored;
import static nl.traineeplanner.app.planning.ScheduleForms.threeRounds;
import static nl.traineeplanner.app.planning.ScheduleForms.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same pages as in production, each request in its own transaction (this class is not {@code @Transactional}): a
 * refused form rolls back and still shows the page with what was typed. What it commits it removes afterwards.
 */
@WebAppTest
class ScheduleTransactionTests {

    private static final String NAME = "Lichting transacties";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @AfterEach
    void removeTheCohort() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> cohorts.findByName(NAME).ifPresent(cohort -> {
                    List<Round> made = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
                    List<AuditEvent> lines = new ArrayList<>();
                    made.forEach(r -> lines.addAll(audit.findByRoundIdOrderByOccurredAtDescIdDesc(r.getId())));
                    ForgetAudit.these(jdbc, audit, lines);
                    rounds.deleteAll(made);
                    cohorts.delete(cohort);
                }));
        assertThat(cohorts.findByName(NAME)).isEmpty();
    }

    private Round firstRound() {
        return rounds.findByCohortIdOrderBySequenceNumber(
                        cohorts.findByName(NAME).orElseThrow().getId())
                .get(0);
    }

    @Test
    void aRefusedCohortLeavesNothingAndARefusedChangeKeepsWhatWasTyped() throws Exception {
        long roundsBefore = rounds.count();
        long auditBefore = audit.count();
        List<Map<String, String>> wrong = new ArrayList<>(threeRounds());
        wrong.set(2, with(wrong.get(2), "start", "2028-12-31"));
        mvc.perform(newCohort(NAME, wrong).with(CohortCreationTests.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "cohortForm", "rounds[2].start", "round.invalid.overlapsPrevious"));
        assertThat(cohorts.findByName(NAME)).isEmpty();
        assertThat(rounds.count()).isEqualTo(roundsBefore);
        assertThat(audit.count()).isEqualTo(auditBefore);

        mvc.perform(newCohort(NAME, threeRounds()).with(CohortCreationTests.COORDINATOR))
                .andExpect(redirectedUrl("/rounds"));
        assertThat(rounds.count()).isEqualTo(roundsBefore + 3);
        Round read = firstRound();

        mvc.perform(editRound(read.getId(), with(stored(read), "name", "Ronde 1 (eerst)"))
                        .with(CohortCreationTests.COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + read.getId()));
        Round saved = firstRound();
        assertThat(saved.getName()).isEqualTo("Ronde 1 (eerst)");
        assertThat(saved.getVersion()).isGreaterThan(read.getVersion());

        mvc.perform(editRound(read.getId(), with(stored(read), "name", "Ronde 1 (later)"))
                        .with(CohortCreationTests.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Ronde 1 (eerst) wijzigen (" + NAME + ")</h1>"),
                                containsString("Iemand anders heeft deze ronde intussen gewijzigd."),
                                containsString("value=\"Ronde 1 (later)\""),
                                containsString("name=\"version\" value=\"" + saved.getVersion() + "\""))));
        mvc.perform(editRound(saved.getId(), with(stored(saved), "end", "2028-05-01"))
                        .with(CohortCreationTests.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "end", "round.invalid.overlapsNext"))
                .andExpect(content().string(containsString("value=\"2028-05-01\"")));
        assertThat(firstRound().getName()).isEqualTo("Ronde 1 (eerst)");
        assertThat(firstRound().getEndDate()).isEqualTo(saved.getEndDate());
        assertThat(firstRound().getVersion()).isEqualTo(saved.getVersion());
    }
}
