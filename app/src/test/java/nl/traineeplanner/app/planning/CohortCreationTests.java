package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.planning.ScheduleForms.day;
import static nl.traineeplanner.app.planning.ScheduleForms.newCohort;
import static nl.traineeplanner.app.planning.ScheduleForms.threeRounds;
import static nl.traineeplanner.app.planning.ScheduleForms.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator makes a cohort with its rounds on the page "Nieuwe lichting"; nothing is stored half. */
@WebAppTest
@Transactional
class CohortCreationTests {

    static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    /** Every cohort, round and audit line, to show that a refusal stored nothing. */
    private List<Long> everything() {
        return List.of(cohorts.count(), rounds.count(), audit.count());
    }

    @Test
    void theEmptyFormSuggestsThreeConsecutiveRoundsOfEightMonthsFromTheStartGiven() throws Exception {
        mvc.perform(get("/cohorts/new").param("start", "2027-09-01").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Nieuwe lichting</h1>"),
                                not(containsString("value=\"Lichting 2027\"")) /* the demo's name */,
                                containsString("Ronde 3 van 3"),
                                containsString("id=\"rounds0.start\" name=\"rounds[0].start\" value=\"2027-09-01\""),
                                containsString("id=\"rounds0.end\" name=\"rounds[0].end\" value=\"2028-04-30\""),
                                containsString("name=\"rounds[0].intakeDeadline\" value=\"2027-06-01\""),
                                containsString("name=\"rounds[0].preferencesDeadline\" value=\"2027-07-21\""),
                                containsString("name=\"rounds[0].hostRankingDeadline\" value=\"2027-07-28\""),
                                containsString("name=\"rounds[1].start\" value=\"2028-05-01\""),
                                containsString("name=\"rounds[2].end\" value=\"2029-08-31\""),
                                containsString("<label for=\"rounds2.finalEvaluationOpens\">"))));

        mvc.perform(get("/cohorts/new")
                        .param("start", "2029-01-01")
                        .param("count", "1")
                        .with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Lichting 2029\""),
                                containsString("Ronde 1 van 1"),
                                not(containsString("rounds[1]")))));
    }

    @Test
    void coordinatorCreatesACohortWithThreeRoundsInIntakeAndTheAuditTrailSaysSo() throws Exception {
        mvc.perform(newCohort("Lichting 2028", threeRounds()).with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds"))
                .andExpect(flash().attribute("done", containsString("Lichting 2028 is aangemaakt met 3 ronde(s)")));

        Cohort cohort = cohorts.findByName("Lichting 2028").orElseThrow();
        List<Round> made = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
        assertThat(made).extracting(Round::getName).containsExactly("Ronde 1", "Ronde 2", "Ronde 3");
        assertThat(made).extracting(Round::getSequenceNumber).containsExactly(1, 2, 3);
        assertThat(made).extracting(Round::getStatus).containsOnly(RoundStatus.INTAKE);
        Round second = made.get(1);
        assertThat(second.getStartDate()).isEqualTo(day("2028-05-01"));
        assertThat(second.getEndDate()).isEqualTo(day("2028-12-31"));
        assertThat(second.getIntakeDeadline()).isEqualTo(day("2028-02-01"));
        assertThat(second.getPreferencesDeadline()).isEqualTo(day("2028-03-20"));
        assertThat(second.getHostRankingDeadline()).isEqualTo(day("2028-03-27"));
        // left empty: the standard days, halfway and two weeks before the end
        assertThat(second.getMidTermEvaluationOpens()).isEqualTo(day("2028-08-31"));
        assertThat(second.getFinalEvaluationOpens()).isEqualTo(day("2028-12-17"));

        for (Round round : made) {
            assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()))
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getAction()).isEqualTo(AuditAction.COHORT_CREATED);
                        assertThat(event.getUsername()).isEqualTo("coordinator");
                        assertThat(AuditWords.dutch(event.getDetail()))
                                .contains("Lichting 2028, ronde " + round.getSequenceNumber() + " van 3");
                    });
        }
        mvc.perform(get("/rounds").with(COORDINATOR)).andExpect(content().string(containsString("Lichting 2028")));
    }

    @Test
    void evaluationDaysTypedAreKept() throws Exception {
        List<Map<String, String>> typed = new ArrayList<>(threeRounds().subList(0, 1));
        typed.set(
                0,
                with(with(typed.get(0), "midTermEvaluationOpens", "2027-12-01"), "finalEvaluationOpens", "2028-04-01"));

        mvc.perform(newCohort("Lichting één ronde", typed).with(COORDINATOR)).andExpect(redirectedUrl("/rounds"));

        Round only = rounds.findByCohortIdOrderBySequenceNumber(
                        cohorts.findByName("Lichting één ronde").orElseThrow().getId())
                .get(0);
        assertThat(only.getMidTermEvaluationOpens()).isEqualTo(day("2027-12-01"));
        assertThat(only.getFinalEvaluationOpens()).isEqualTo(day("2028-04-01"));
    }

    /** One value of a good cohort made wrong: refused on its field with the code given, and nothing is stored. */
    @ParameterizedTest(name = "{1} = \"{2}\" is refused with {4}")
    @CsvSource({
        "0, end,                    2027-08-31, rounds[0].end,                    round.invalid.endBeforeStart",
        "0, preferencesDeadline,    2027-05-31, rounds[0].preferencesDeadline,    round.invalid.preferencesBeforeIntake",
        "0, preferencesDeadline,    2027-09-01, rounds[0].preferencesDeadline,    round.invalid.preferencesNotBeforeStart",
        "0, hostRankingDeadline,    2027-07-20, rounds[0].hostRankingDeadline,    round.invalid.rankingBeforePreferences",
        "0, hostRankingDeadline,    2027-09-01, rounds[0].hostRankingDeadline,    round.invalid.rankingNotBeforeStart",
        "1, midTermEvaluationOpens, 2028-04-30, rounds[1].midTermEvaluationOpens, round.invalid.evaluationOutside",
        "1, finalEvaluationOpens,   2029-01-01, rounds[1].finalEvaluationOpens,   round.invalid.evaluationOutside",
        "1, finalEvaluationOpens,   2028-06-01, rounds[1].finalEvaluationOpens,   round.invalid.finalBeforeMidTerm",
        "1, start,                  2028-04-30, rounds[1].start,                  round.invalid.overlapsPrevious",
        "2, start,                  2028-12-01, rounds[2].start,                  round.invalid.overlapsPrevious",
        "2, intakeDeadline,         '',         rounds[2].intakeDeadline,         NotNull",
        "2, start,                  morgen,     rounds[2].start,                  typeMismatch",
        "2, name,                   ' ',        rounds[2].name,                   NotBlank",
    })
    void everyKindOfWrongDateIsRefusedOnItsFieldAndNothingIsStored(
            int round, String field, String value, String errorField, String code) throws Exception {
        List<Map<String, String>> typed = new ArrayList<>(threeRounds());
        typed.set(round, with(typed.get(round), field, value));
        List<Long> before = everything();

        mvc.perform(newCohort("Lichting 2028", typed).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("cohortForm", errorField, code))
                .andExpect(content()
                        .string(containsString("id=\""
                                + errorField.replace("[", "").replace("]", "") + "-error\" class=\"field-error\"")))
                .andExpect(content().string(containsString("value=\"" + value.strip() + "\"")));

        assertThat(everything()).isEqualTo(before);
        assertThat(cohorts.findByName("Lichting 2028")).isEmpty();
    }

    @Test
    void theMessagesNameWhatIsWrongInDutchAndInEnglish() throws Exception {
        List<Map<String, String>> typed = new ArrayList<>(threeRounds());
        typed.set(0, with(typed.get(0), "preferencesDeadline", "2027-09-01"));
        typed.set(1, with(typed.get(1), "start", "2028-04-30"));

        mvc.perform(newCohort("Lichting 2028", typed).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("De deadline voor voorkeuren moet vóór de start (1-9-2027) liggen."),
                                containsString(
                                        "De ronde overlapt met Ronde 1, die eindigt op 30-4-2028: begin na die dag."),
                                containsString("Ronde 2 van 3: De ronde overlapt met Ronde 1"),
                                containsString("href=\"#rounds1.start\""))));
        mvc.perform(newCohort("Lichting 2028", typed).param("lang", "en").with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("The preferences deadline must be before the start (1-9-2027)."),
                                containsString("The round overlaps Ronde 1, which ends on 30-4-2028"))));
        assertThat(cohorts.findByName("Lichting 2028")).isEmpty();
    }

    @Test
    void aNameInUseAndTooManyOrNoRoundsAreRefused() throws Exception {
        List<Long> before = everything();

        mvc.perform(newCohort("lichting 2027", threeRounds()).with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrorCode("cohortForm", "name", "cohort.invalid.name.taken"))
                .andExpect(content().string(containsString("Er is al een lichting met de naam lichting 2027.")));
        List<Map<String, String>> four = new ArrayList<>(threeRounds());
        four.add(ScheduleForms.round("Ronde 4", "2029-09-01", "2030-04-30", "2029-06-01", "2029-07-21", "2029-07-28"));
        mvc.perform(newCohort("Lichting 2028", four).with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrorCode("cohortForm", "rounds", "Size"))
                .andExpect(content().string(containsString("Een lichting heeft één tot drie rondes.")));
        mvc.perform(newCohort("Lichting 2028", List.of()).with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrors("cohortForm", "rounds"));

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void theRoundsOverviewLeadsToTheNewCohortAndTheImport() throws Exception {
        mvc.perform(get("/rounds").with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"/cohorts/new\">Nieuwe lichting</a>"),
                                containsString("href=\"/cohorts/import\""))));
    }
}
