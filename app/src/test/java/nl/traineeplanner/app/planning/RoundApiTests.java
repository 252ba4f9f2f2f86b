package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.planning.ScheduleForms.cohortJson;
import static nl.traineeplanner.app.planning.ScheduleForms.day;
import static nl.traineeplanner.app.planning.ScheduleForms.json;
import static nl.traineeplanner.app.planning.ScheduleForms.stored;
import static nl.traineeplanner.app.planning.ScheduleForms.threeRounds;
import static nl.traineeplanner.app.planning.ScheduleForms.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPlan;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds and cohorts over JSON: a round with its status and deadlines, a new cohort, and a change of a round's dates
 * with its version. The steps of the cycle are {@link RoundStepsApiTests}.
 */
@WebAppTest
@Transactional
class RoundApiTests {

    private static final RequestPostProcessor COORDINATOR = CohortCreationTests.COORDINATOR;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private AuditTrail audit;

    private Round first;
    private Round second;

    @BeforeEach
    void demoRounds() {
        List<Round> demo = rounds.findAllByOrderByStartDate();
        first = demo.get(0);
        second = demo.get(1);
    }

    @Test
    void aRoundWithItsStatusItsNextStepAndEveryDeadline() throws Exception {
        mvc.perform(get("/api/rounds/{id}", first.getId()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is(first.getId().intValue())))
                .andExpect(jsonPath("$.version", is((int) first.getVersion())))
                .andExpect(jsonPath("$.cohortName", is("Lichting 2027")))
                .andExpect(jsonPath("$.name", is("Ronde 1")))
                .andExpect(jsonPath("$.status", is("PREFERENCES_OPEN")))
                .andExpect(jsonPath("$.nextStep", is("START_MATCHING")))
                .andExpect(jsonPath("$.startAndEndFixed", is(false)))
                .andExpect(jsonPath("$.start", is("2027-01-01")))
                .andExpect(jsonPath("$.end", is("2027-08-31")))
                .andExpect(jsonPath("$.intakeDeadline", is("2026-10-01")))
                .andExpect(jsonPath("$.preferencesDeadline", is("2026-12-15")))
                .andExpect(jsonPath("$.hostRankingDeadline", is("2026-12-22")))
                .andExpect(jsonPath("$.midTermEvaluationOpens", is("2027-05-02")))
                .andExpect(jsonPath("$.finalEvaluationOpens", is("2027-08-17")));
        mvc.perform(get("/api/rounds/{id}", 987654).with(COORDINATOR)).andExpect(status().isNotFound());
    }

    @Test
    void aNewCohortOverJsonOrEveryWrongFieldAndNothingStored() throws Exception {
        List<Map<String, String>> wrong = new ArrayList<>(threeRounds());
        wrong.set(0, with(wrong.get(0), "end", "2027-08-01"));
        wrong.set(1, with(wrong.get(1), "preferencesDeadline", "2028-05-01"));
        wrong.set(2, with(wrong.get(2), "name", ""));
        long before = rounds.count();

        mvc.perform(post("/api/cohorts/new")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(cohortJson("Lichting 2027", wrong))
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
                        .value("Er is al een lichting met de naam Lichting 2027. Kies een andere naam."))
                .andExpect(jsonPath("$.errors[?(@.field == 'rounds[0].end')].message")
                        .value("Het einde ligt vóór de start."))
                .andExpect(jsonPath("$.errors[?(@.field == 'rounds[1].preferencesDeadline')].message")
                        .value("De deadline voor voorkeuren moet vóór de start (1-5-2028) liggen."))
                .andExpect(jsonPath("$.errors[?(@.field == 'rounds[2].name')].message")
                        .value("Vul een naam in."));
        assertThat(rounds.count()).isEqualTo(before);

        mvc.perform(post("/api/cohorts/new")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(cohortJson("Lichting 2028", threeRounds()))
                        .with(COORDINATOR))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                "/api/cohorts/"
                                        + cohorts.findByName("Lichting 2028")
                                                .orElseThrow()
                                                .getId()))
                .andExpect(jsonPath("$.name", is("Lichting 2028")))
                .andExpect(jsonPath("$.rounds", hasSize(3)))
                .andExpect(jsonPath("$.rounds[2].start", is("2029-01-01")))
                .andExpect(jsonPath("$.rounds[2].status", is("INTAKE")))
                .andExpect(jsonPath("$.rounds[2].finalEvaluationOpens", is("2029-08-17")));
        assertThat(rounds.count()).isEqualTo(before + 3);
    }

    @Test
    void aChangeOverJsonNamesTheVersionItRead() throws Exception {
        Map<String, String> read = stored(second);
        String moved = json(with(with(read, "intakeDeadline", "2027-05-15"), "name", "Ronde 2 (herfst)"));

        mvc.perform(put("/api/rounds/{id}", second.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(moved)
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Ronde 2 (herfst)")))
                .andExpect(jsonPath("$.intakeDeadline", is("2027-05-15")))
                .andExpect(jsonPath("$.version", is((int) second.getVersion())));
        assertThat(second.getVersion()).isGreaterThan(Long.parseLong(read.get("version")));
        RoundPlan saved = RoundPlan.of(second);

        // the same body again: it names the version before the change
        mvc.perform(put("/api/rounds/{id}", second.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(read, "name", "Ronde 2 (winter)")))
                        .with(COORDINATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("round.refused.changed")))
                .andExpect(jsonPath("$.detail", containsString("Iemand anders heeft deze ronde intussen gewijzigd")));
        Map<String, String> now = stored(second);
        mvc.perform(put("/api/rounds/{id}", second.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(with(now, "start", "2027-08-31"), "hostRankingDeadline", "2027-06-01")))
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field", is("hostRankingDeadline")))
                .andExpect(jsonPath("$.errors[1].field", is("start")))
                .andExpect(jsonPath("$.errors[1].message", containsString("overlapt met Ronde 1")));
        Map<String, String> withoutVersion = new java.util.LinkedHashMap<>(now);
        withoutVersion.remove("version");
        mvc.perform(put("/api/rounds/{id}", second.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(withoutVersion))
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("version")));

        assertThat(RoundPlan.of(second)).isEqualTo(saved);
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(second.getId()))
                .filteredOn(e -> e.getAction() == AuditAction.ROUND_CHANGED)
                .singleElement()
                .extracting(AuditEvent::getDetail)
                .isEqualTo("Ronde 2: naam \"Ronde 2\" → \"Ronde 2 (herfst)\"; deadline intake 1-5-2027 → 15-5-2027");
    }

    @Test
    void aPublishedRoundKeepsItsStartAndEndOverJsonToo() throws Exception {
        first.startMatching();
        first.publish();
        rounds.saveAndFlush(first);

        mvc.perform(put("/api/rounds/{id}", first.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(stored(first), "end", "2027-07-31")))
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("end")))
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        is("De ronde is gepubliceerd: deze datum ligt vast op 31-8-2027, want haar plaatsingen liggen"
                                + " vast.")));
        assertThat(first.getEndDate()).isEqualTo(day("2027-08-31"));
    }
}
