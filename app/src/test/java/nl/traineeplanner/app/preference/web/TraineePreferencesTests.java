package nl.traineeplanner.app.preference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.round.ChoiceLimits;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's own ranked list, by page and by API: keeping it, the hard rules and limits it refuses, the deadline and
 * another tab, and that no one else reaches it. The demo's "today" is 1 December 2026: round 1 takes preferences until
 * 15 December.
 */
@WebAppTest
@Transactional
class TraineePreferencesTests {

    /** Anna de Jong. */
    static final RequestPostProcessor ANNA = SignIn.as("trainee");

    /** Bram Visser, who excluded Gemeente Groningen. */
    static final RequestPostProcessor BRAM = SignIn.as("bram");

    static final RequestPostProcessor HOST = SignIn.as("host");
    static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private PreferenceLists lists;

    private Round round;
    private Trainee anna;

    @BeforeEach
    void roundOne() {
        round = rounds.findAllByOrderByStartDate().get(0);
        anna = named("Anna de Jong");
    }

    private Trainee named(String name) {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<Long> listOf(Trainee trainee) {
        return preferences.findByTraineeIdAndRoundIdOrderByRank(trainee.getId(), round.getId()).stream()
                .map(p -> p.getAssignment().getId())
                .toList();
    }

    /** The page's form as the browser sends it: every line with its motivation, and the version it was read at. */
    private MockHttpServletRequestBuilder form(Trainee trainee, String action) {
        PreferenceLists.RankedList list = lists.listOf(trainee, round);
        MockHttpServletRequestBuilder request = post("/my/rounds/{id}/preferences", round.getId())
                .param("action", action)
                .param("version", list.version())
                .with(csrf());
        List<TraineePreference> lines = list.choices();
        for (int i = 0; i < lines.size(); i++) {
            request.param(
                            "choices[" + i + "].assignment",
                            String.valueOf(lines.get(i).getAssignment().getId()))
                    .param("choices[" + i + "].motivation", lines.get(i).getMotivation());
        }
        return request;
    }

    /** An approved assignment of round 1 that is not on the trainee's list and that no hard rule forbids. */
    private Assignment allowedNotChosen(Trainee trainee) {
        return lists.options(trainee, round).stream()
                .filter(o -> !o.forbidden() && !o.chosen())
                .map(PreferenceLists.Option::assignment)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void startPageSaysWhatToDoAndByWhen() throws Exception {
        mvc.perform(get("/my").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mijn traineeship"),
                                containsString("Kies je voorkeuren voor Ronde 1 vóór 15 december 2026"),
                                containsString("Ronde 2"),
                                containsString("Je hebt nog geen gepubliceerde plaatsing"))));
    }

    @Test
    void listPageShowsTheOwnListAndTheRoundsAssignments() throws Exception {
        TraineePreference first = preferences
                .findByTraineeIdAndRoundIdOrderByRank(anna.getId(), round.getId())
                .get(0);
        mvc.perform(get("/my/rounds/{id}/preferences", round.getId()).with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mijn voorkeuren voor Ronde 1"),
                                containsString("tot en met 15 december 2026"),
                                containsString(first.getAssignment().getTitle()),
                                containsString(first.getMotivation()),
                                containsString("Omhoog"),
                                containsString("Toevoegen aan mijn lijst"))));
    }

    @Test
    void movesAChoiceUpAndKeepsEveryMotivation() throws Exception {
        List<Long> before = listOf(anna);
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);

        mvc.perform(form(anna, "up:1").with(ANNA))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/rounds/" + round.getId() + "/preferences#choice-" + before.get(1)))
                .andExpect(flash().attribute("saved", containsString("staat op plaats 1")));

        assertThat(listOf(anna)).startsWith(before.get(1), before.get(0));
        assertThat(preferences.findByTraineeIdAndRoundIdOrderByRank(anna.getId(), round.getId()))
                .allSatisfy(p -> assertThat(p.getMotivation()).isNotBlank());
    }

    @Test
    void addsAnAssignmentWithAMotivationAtTheEnd() throws Exception {
        Assignment extra = allowedNotChosen(anna);
        int size = listOf(anna).size();

        mvc.perform(form(anna, "add")
                        .param("addAssignment", String.valueOf(extra.getId()))
                        .param("addMotivation", "Ik wil graag leren hoe dit werkt.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());

        assertThat(listOf(anna)).hasSize(size + 1).last().isEqualTo(extra.getId());
    }

    @Test
    void aChoiceWithoutMotivationIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        Assignment extra = allowedNotChosen(anna);
        List<Long> before = listOf(anna);

        mvc.perform(form(anna, "add")
                        .param("addAssignment", String.valueOf(extra.getId()))
                        .param("addMotivation", "   ")
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Schrijf waarom je deze opdracht wilt."),
                                containsString("id=\"addMotivation-error\""))));

        assertThat(listOf(anna)).isEqualTo(before);
    }

    @Test
    void anExcludedOrganisationCannotBeChosenAndTheReasonIsShown() throws Exception {
        Trainee bram = named("Bram Visser");
        Assignment atGroningen = lists.options(bram, round).stream()
                .filter(o -> o.assignment().getOrganisation().getCode().equals("gemeente-groningen"))
                .map(PreferenceLists.Option::assignment)
                .findFirst()
                .orElseThrow();
        String reason = "Niet mogelijk: je hebt Gemeente Groningen uitgesloten.";
        mvc.perform(get("/my/rounds/{id}/preferences", round.getId()).with(BRAM))
                .andExpect(content().string(containsString(reason)));
        List<Long> before = listOf(bram);

        mvc.perform(form(bram, "add")
                        .param("addAssignment", String.valueOf(atGroningen.getId()))
                        .param("addMotivation", "Toch graag.")
                        .with(BRAM))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)));

        assertThat(listOf(bram)).isEqualTo(before);
    }

    @Test
    void aListLongerThanTheRoundAllowsIsRefused() throws Exception {
        round.limitChoices(new ChoiceLimits(1, listOf(anna).size()));
        List<Long> before = listOf(anna);

        mvc.perform(form(anna, "add")
                        .param(
                                "addAssignment",
                                String.valueOf(allowedNotChosen(anna).getId()))
                        .param("addMotivation", "Nog eentje.")
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Er passen hoogstens " + before.size() + " opdrachten op je lijst.")));

        assertThat(listOf(anna)).isEqualTo(before);
    }

    @Test
    void aSaveFromAnOlderPageIsRefusedAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletRequestBuilder olderTab = form(anna, "save").param("choices[0].motivation", "Mijn nieuwe tekst");
        mvc.perform(form(anna, "up:1").with(ANNA)).andExpect(status().is3xxRedirection());
        List<Long> afterOtherTab = listOf(anna);

        mvc.perform(olderTab.with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("intussen ergens anders gewijzigd"),
                                containsString("Mijn nieuwe tekst"))));

        assertThat(listOf(anna)).isEqualTo(afterOtherTab);
        assertThat(preferences.findByTraineeIdAndRoundIdOrderByRank(anna.getId(), round.getId()))
                .noneMatch(p -> p.getMotivation().equals("Mijn nieuwe tekst"));
    }

    @Test
    void afterTheDeadlineTheListIsReadOnlyAndASaveIsRefusedKeepingTheText() throws Exception {
        MockHttpServletRequestBuilder typed = form(anna, "save").param("choices[0].motivation", "Te laat getypt");
        round.reschedule(new RoundPeriod(
                round.getStartDate(), round.getEndDate(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)));
        List<Long> before = listOf(anna);

        mvc.perform(get("/my/rounds/{id}/preferences", round.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("De deadline (30 november 2026) is verstreken"),
                                not(containsString("Toevoegen aan mijn lijst")))));
        mvc.perform(typed.with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("de deadline voor voorkeuren (30 november 2026) is verstreken"),
                                containsString("Te laat getypt"))));

        assertThat(listOf(anna)).isEqualTo(before);
        assertThat(preferences.findByTraineeIdAndRoundIdOrderByRank(anna.getId(), round.getId()))
                .noneMatch(p -> p.getMotivation().equals("Te laat getypt"));
    }

    @Test
    void eachTraineeSeesOnlyTheirOwnList() throws Exception {
        Trainee bram = named("Bram Visser");
        TraineePreference annas = preferences
                .findByTraineeIdAndRoundIdOrderByRank(anna.getId(), round.getId())
                .get(0);
        mvc.perform(get("/my/rounds/{id}/preferences", round.getId()).with(BRAM))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(annas.getMotivation()))));
        mvc.perform(get("/api/my/rounds/{id}/preferences", round.getId()).with(BRAM))
                .andExpect(jsonPath("$.choices.length()", is(listOf(bram).size())))
                .andExpect(jsonPath("$.choices[0].motivation", not(annas.getMotivation())));
    }

    @Test
    void aRoundOfAnotherCohortIsNotFoundAndNothingIsStored() throws Exception {
        Cohort other = cohorts.save(new Cohort("Lichting elders"));
        Round elsewhere = rounds.save(new Round(
                other,
                1,
                "Ronde elders",
                new RoundPeriod(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 8, 31),
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 12, 20))));
        elsewhere.openPreferences();

        mvc.perform(get("/my/rounds/{id}/preferences", elsewhere.getId()).with(ANNA))
                .andExpect(status().isNotFound());
        mvc.perform(post("/my/rounds/{id}/preferences", elsewhere.getId())
                        .param("action", "save")
                        .with(csrf())
                        .with(ANNA))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/my/rounds/{id}/preferences", elsewhere.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":\"x\",\"choices\":[]}")
                        .with(ANNA))
                .andExpect(status().isNotFound());
        assertThat(preferences.findByRoundIdOrderByTraineeNameAscRankAsc(elsewhere.getId()))
                .isEmpty();
    }

    @Test
    void hostsAndTheCoordinatorHaveNoTraineePages() throws Exception {
        List<Long> before = listOf(anna);
        for (RequestPostProcessor other : List.of(HOST, COORDINATOR)) {
            mvc.perform(get("/my").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/my/rounds/{id}/preferences", round.getId()).with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(form(anna, "up:1").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/my/rounds/{id}/preferences", round.getId()).with(other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/my").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        assertThat(listOf(anna)).isEqualTo(before);
    }

    @Test
    void theApiKeepsTheListAndRefusesAStaleVersionWith409() throws Exception {
        PreferenceLists.RankedList list = lists.listOf(anna, round);
        List<Long> before = listOf(anna);
        List<Long> backwards = new java.util.ArrayList<>(before);
        java.util.Collections.reverse(backwards);
        String reversed = "{\"version\":\"" + list.version() + "\",\"choices\":["
                + String.join(
                        ",",
                        backwards.stream()
                                .map(id -> "{\"assignment\":" + id + ",\"motivation\":\"Omgedraaid " + id + "\"}")
                                .toList())
                + "]}";

        mvc.perform(put("/api/my/rounds/{id}/preferences", round.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reversed)
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.choices[0].assignment", is(backwards.get(0).intValue())))
                .andExpect(jsonPath("$.open", is(true)));
        assertThat(listOf(anna)).isEqualTo(backwards);

        mvc.perform(put("/api/my/rounds/{id}/preferences", round.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reversed)
                        .with(ANNA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("preferences.refused.changed")));
        assertThat(listOf(anna)).isEqualTo(backwards);
    }

    @Test
    void theApiNamesEveryWrongFieldWith400() throws Exception {
        PreferenceLists.RankedList list = lists.listOf(anna, round);
        Assignment notOffered = assignments.findAll().stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED && !a.isOfferedIn(round))
                .findFirst()
                .orElseThrow();
        List<Long> before = listOf(anna);

        mvc.perform(put("/api/my/rounds/{id}/preferences", round.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":\"" + list.version() + "\",\"choices\":[{\"assignment\":"
                                + before.get(0) + ",\"motivation\":\" \"},{\"assignment\":" + notOffered.getId()
                                + ",\"motivation\":\"Graag\"}]}")
                        .with(ANNA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("choices[0].motivation")))
                .andExpect(jsonPath("$.errors[1].field", is("choices[1].assignment")))
                .andExpect(jsonPath("$.errors[1].message", containsString("niet aangeboden")));
        assertThat(listOf(anna)).isEqualTo(before);
    }

    @Test
    void theApiTellsWhyAnAssignmentIsForbidden() throws Exception {
        mvc.perform(get("/api/my/rounds/{id}/options", round.getId()).with(BRAM))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.forbiddenBy == 'H5')]", not(org.hamcrest.Matchers.empty())))
                .andExpect(jsonPath(
                        "$[?(@.forbiddenBy == 'H5')].reason",
                        org.hamcrest.Matchers.everyItem(is("Niet mogelijk: je hebt Gemeente Groningen uitgesloten."))));
    }
}
