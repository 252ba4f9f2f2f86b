package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.planning.ScheduleForms.day;
import static nl.traineeplanner.app.planning.ScheduleForms.editRound;
import static nl.traineeplanner.app.planning.ScheduleForms.stored;
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

import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPlan;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator changes a round's name and dates on "Ronde wijzigen": the dates stay in order, the rounds of the
 * cohort do not overlap, a published round keeps its start and end, and a change made on an older version of the
 * round is refused with what was typed kept.
 */
@WebAppTest
@Transactional
class RoundEditTests {

    private static final RequestPostProcessor COORDINATOR = CohortCreationTests.COORDINATOR;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AuditTrail audit;

    private Round first;
    private Round second;

    /** Demo rounds 1 (1-1-2027 – 31-8-2027, preferences open) and 2 (1-9-2027 – 30-4-2028, intake). */
    @BeforeEach
    void demoRounds() {
        List<Round> demo = rounds.findAllByOrderByStartDate();
        first = demo.get(0);
        second = demo.get(1);
        assertThat(second.getStartDate()).isEqualTo(day("2027-09-01"));
        assertThat(demo.get(2).getStartDate()).isEqualTo(day("2028-05-01"));
    }

    private List<AuditEvent> changesOf(Round round) {
        return audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.ROUND_CHANGED)
                .toList();
    }

    @Test
    void theRoundPageLeadsToAFormWithEveryDateAndTheVersion() throws Exception {
        mvc.perform(get("/rounds/{id}", second.getId()).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/rounds/" + second.getId() + "/edit\">Ronde wijzigen</a>"),
                                containsString("Deadline intake"),
                                containsString("tussenevaluatie 31-12-2027, eindevaluatie 16-4-2028"))));

        mvc.perform(get("/rounds/{id}/edit", second.getId()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Ronde 2 wijzigen (Lichting 2027)</h1>"),
                                containsString("name=\"version\" value=\"" + second.getVersion() + "\""),
                                containsString("id=\"start\" name=\"start\" value=\"2027-09-01\""),
                                containsString("id=\"intakeDeadline\" name=\"intakeDeadline\" value=\"2027-05-01\""),
                                containsString("id=\"midTermEvaluationOpens\" name=\"midTermEvaluationOpens\""
                                        + " value=\"2027-12-31\""),
                                containsString("Na het einde van Ronde 1 (31-8-2027)."),
                                containsString("Vóór de start van Ronde 3 (1-5-2028)."),
                                not(containsString("readonly")))));
    }

    @Test
    void coordinatorRenamesTheRoundAndMovesItsDeadlinesAndTheAuditTrailSaysFromWhatToWhat() throws Exception {
        long version = second.getVersion();
        Map<String, String> typed = with(
                with(with(stored(second), "name", "Ronde 2 (najaar)"), "preferencesDeadline", "2027-06-20"),
                "hostRankingDeadline",
                "2027-06-27");

        mvc.perform(editRound(second.getId(), typed).with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + second.getId()))
                .andExpect(flash().attribute("done", "De wijzigingen van Ronde 2 (najaar) zijn opgeslagen."));

        assertThat(second.getName()).isEqualTo("Ronde 2 (najaar)");
        assertThat(second.getPreferencesDeadline()).isEqualTo(day("2027-06-20"));
        assertThat(second.getHostRankingDeadline()).isEqualTo(day("2027-06-27"));
        assertThat(second.getStartDate()).isEqualTo(day("2027-09-01"));
        assertThat(second.getVersion()).isGreaterThan(version);
        assertThat(changesOf(second)).singleElement().satisfies(event -> {
            assertThat(event.getUsername()).isEqualTo("coordinator");
            assertThat(event.getDetail())
                    .isEqualTo("Ronde 2: naam \"Ronde 2\" → \"Ronde 2 (najaar)\"; deadline voorkeuren 15-6-2027 →"
                            + " 20-6-2027; deadline rangschikken 22-6-2027 → 27-6-2027");
        });
    }

    @Test
    void movingTheRoundPutsEvaluationDaysLeftAsTheyWereOnTheirStandardDays() throws Exception {
        Map<String, String> typed = with(with(stored(second), "start", "2027-09-15"), "end", "2028-04-20");

        mvc.perform(editRound(second.getId(), typed).with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + second.getId()));

        assertThat(second.getMidTermEvaluationOpens()).isEqualTo(day("2028-01-02"));
        assertThat(second.getFinalEvaluationOpens()).isEqualTo(day("2028-04-06"));

        Map<String, String> ownDays = with(stored(second), "midTermEvaluationOpens", "2028-01-15");
        mvc.perform(editRound(second.getId(), ownDays).with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + second.getId()));
        assertThat(second.getMidTermEvaluationOpens()).isEqualTo(day("2028-01-15"));
        assertThat(second.getFinalEvaluationOpens()).isEqualTo(day("2028-04-06"));
    }

    @Test
    void theRoundsOfACohortDoNotOverlapAndWrongDatesAreNamedOnTheirFields() throws Exception {
        RoundPlan before = RoundPlan.of(second);
        long version = second.getVersion();

        mvc.perform(editRound(second.getId(), with(with(stored(second), "start", "2027-08-31"), "end", "2028-05-01"))
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "start", "round.invalid.overlapsPrevious"))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "end", "round.invalid.overlapsNext"))
                .andExpect(content()
                        .string(allOf(
                                containsString("De ronde overlapt met Ronde 1, die eindigt op 31-8-2027"),
                                containsString("De ronde overlapt met Ronde 3, die begint op 1-5-2028"),
                                containsString("aria-describedby=\"start-hint start-error\""))));
        mvc.perform(editRound(
                                second.getId(),
                                with(with(stored(second), "end", "2027-08-01"), "hostRankingDeadline", "2027-06-01"))
                        .with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "end", "round.invalid.endBeforeStart"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "roundForm", "hostRankingDeadline", "round.invalid.rankingBeforePreferences"));
        mvc.perform(editRound(second.getId(), with(with(stored(second), "name", ""), "intakeDeadline", ""))
                        .with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "intakeDeadline", "NotNull"))
                .andExpect(content().string(containsString("Vul een datum in.")));

        assertThat(RoundPlan.of(second)).isEqualTo(before);
        assertThat(second.getVersion()).isEqualTo(version);
        assertThat(changesOf(second)).isEmpty();
    }

    @Test
    void aPublishedRoundKeepsItsStartAndEndAndThePageSaysSo() throws Exception {
        first.startMatching();
        first.publish();
        rounds.saveAndFlush(first);

        mvc.perform(get("/rounds/{id}/edit", first.getId()).with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("Deze ronde is gepubliceerd: haar start en einde liggen vast, want haar"
                                        + " plaatsingen liggen vast."),
                                containsString(
                                        "readonly=\"readonly\" id=\"start\" name=\"start\" value=\"2027-01-01\""),
                                containsString("Ligt vast: de ronde is gepubliceerd."))));

        mvc.perform(editRound(first.getId(), with(with(stored(first), "start", "2027-01-08"), "end", "2027-08-24"))
                        .with(COORDINATOR))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "start", "round.invalid.fixed"))
                .andExpect(model().attributeHasFieldErrorCode("roundForm", "end", "round.invalid.fixed"))
                .andExpect(content()
                        .string(containsString(
                                "De ronde is gepubliceerd: deze datum ligt vast op 1-1-2027, want haar plaatsingen liggen"
                                        + " vast.")));
        assertThat(first.getStartDate()).isEqualTo(day("2027-01-01"));
        assertThat(first.getEndDate()).isEqualTo(day("2027-08-31"));

        // what is not fixed can still change: the day the final evaluation opens
        mvc.perform(editRound(first.getId(), with(stored(first), "finalEvaluationOpens", "2027-08-01"))
                        .with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + first.getId()));
        assertThat(first.getFinalEvaluationOpens()).isEqualTo(day("2027-08-01"));
        assertThat(first.getStartDate()).isEqualTo(day("2027-01-01"));
    }

    @Test
    void aChangeOnAnOlderVersionIsRefusedAndWhatWasTypedStaysOnThePage() throws Exception {
        Map<String, String> read = stored(second);
        long readVersion = second.getVersion();

        // another coordinator saves first
        mvc.perform(editRound(second.getId(), with(read, "name", "Ronde 2 (van Els)"))
                        .with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + second.getId()));
        long savedVersion = second.getVersion();
        assertThat(savedVersion).isGreaterThan(readVersion);

        Map<String, String> mine = with(with(read, "name", "Ronde 2 (van Piet)"), "preferencesDeadline", "2027-06-18");
        mvc.perform(editRound(second.getId(), mine).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("roundForm"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Iemand anders heeft deze ronde intussen gewijzigd. Uw wijzigingen zijn"
                                        + " niet opgeslagen."),
                                containsString("id=\"name\" name=\"name\" value=\"Ronde 2 (van Piet)\""),
                                containsString("name=\"preferencesDeadline\" value=\"2027-06-18\""),
                                containsString("Zo staat de ronde nu opgeslagen"),
                                containsString("<dd>Ronde 2 (van Els)</dd>"),
                                containsString("name=\"version\" value=\"" + savedVersion + "\""))));
        assertThat(second.getName()).isEqualTo("Ronde 2 (van Els)");
        assertThat(second.getPreferencesDeadline()).isEqualTo(day("2027-06-15"));
        assertThat(second.getVersion()).isEqualTo(savedVersion);
        assertThat(changesOf(second)).hasSize(1);

        // saving again, now on the version shown, replaces it
        mvc.perform(editRound(second.getId(), with(mine, "version", String.valueOf(savedVersion)))
                        .with(COORDINATOR))
                .andExpect(redirectedUrl("/rounds/" + second.getId()));
        assertThat(second.getName()).isEqualTo("Ronde 2 (van Piet)");
        assertThat(changesOf(second)).hasSize(2);
    }
}
