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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.placement.HostRanking;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
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
 * A host ranks the trainees who chose one of its own assignments, by page and by API; it sees no one else and nothing
 * it does not need, and never another organisation's candidates. The demo's "today" is 1 December 2026: round 1 takes
 * host rankings until 22 December.
 */
@WebAppTest
@Transactional
class HostCandidatesTests {

    /** Harm Dijkstra of Gemeente Oldambt. */
    static final RequestPostProcessor OLDAMBT = SignIn.as("host");

    /** Sanne de Vries of Provincie Groningen. */
    static final RequestPostProcessor PROVINCIE = SignIn.as("provincie");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private HostRankingRepository hostRankings;

    @Autowired
    private HostRankings rankings;

    private Assignment oldambts;

    /** An approved assignment of Gemeente Oldambt that at least two trainees chose. */
    @BeforeEach
    void oldambtAssignmentWithCandidates() {
        oldambts = ofOrganisation("gemeente-oldambt", 2);
    }

    private Assignment ofOrganisation(String code, int candidates) {
        return assignments.findAll().stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .filter(a -> a.getOrganisation().getCode().equals(code))
                .filter(a -> rankings.candidatesOf(a).candidates().size() >= candidates)
                .findFirst()
                .orElseThrow();
    }

    private Set<Long> chosenBy(Assignment assignment) {
        return preferences.findByAssignmentIdOrderByTraineeNameAscRoundStartDateAsc(assignment.getId()).stream()
                .map(p -> p.getTrainee().getId())
                .collect(Collectors.toSet());
    }

    private List<Long> ranking(Assignment assignment) {
        return hostRankings.findByAssignmentIdOrderByRank(assignment.getId()).stream()
                .map(h -> h.getTrainee().getId())
                .toList();
    }

    private MockHttpServletRequestBuilder form(Assignment assignment, String action) {
        HostRankings.CandidateList list = rankings.candidatesOf(assignment);
        MockHttpServletRequestBuilder request = post("/host/assignments/{id}/candidates", assignment.getId())
                .param("action", action)
                .param("version", list.version())
                .with(csrf());
        list.candidates()
                .forEach(c ->
                        request.param("trainees", String.valueOf(c.trainee().getId())));
        return request;
    }

    @Test
    void startPageListsTheOwnAssignmentsWithTheirCandidates() throws Exception {
        mvc.perform(get("/host").with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kandidaten en trainees"),
                                containsString(oldambts.getTitle()),
                                containsString("22 december 2026"),
                                not(containsString(
                                        ofOrganisation("provincie-groningen", 1).getTitle())))));
    }

    @Test
    void candidatesPageShowsWhoChoseItWithTheirMotivationAndNothingPrivate() throws Exception {
        TraineePreference chosen = preferences
                .findByAssignmentIdOrderByTraineeNameAscRoundStartDateAsc(oldambts.getId())
                .get(0);
        Trainee other = trainees.findAllByOrderByName().stream()
                .filter(t -> !chosenBy(oldambts).contains(t.getId()))
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/host/assignments/{id}/candidates", oldambts.getId()).with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(chosen.getTrainee().getName()),
                                containsString(chosen.getMotivation()),
                                containsString(chosen.getTrainee().getEducation()),
                                not(containsString(chosen.getTrainee().getEmail())),
                                not(containsString(other.getName())))));
    }

    @Test
    void movesACandidateUpAndStoresTheWholeRanking() throws Exception {
        List<Long> shown = rankings.candidatesOf(oldambts).candidates().stream()
                .map(c -> c.trainee().getId())
                .toList();

        mvc.perform(form(oldambts, "up:1").with(OLDAMBT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(
                        "/host/assignments/" + oldambts.getId() + "/candidates#candidate-" + shown.get(1)));

        List<Long> expected = new ArrayList<>(shown);
        java.util.Collections.swap(expected, 0, 1);
        assertThat(ranking(oldambts)).isEqualTo(expected);
    }

    @Test
    void aRankingFromAnOlderPageIsRefusedAndNothingChanges() throws Exception {
        MockHttpServletRequestBuilder olderTab = form(oldambts, "save");
        mvc.perform(form(oldambts, "up:1").with(OLDAMBT)).andExpect(status().is3xxRedirection());
        List<Long> afterOtherTab = ranking(oldambts);

        mvc.perform(olderTab.with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("intussen veranderd")));

        assertThat(ranking(oldambts)).isEqualTo(afterOtherTab);
    }

    @Test
    void afterTheRankingDeadlineTheRankingIsClosed() throws Exception {
        Round round =
                rankings.candidatesOf(oldambts).candidates().get(0).choice().getRound();
        round.reschedule(new RoundPeriod(
                round.getStartDate(),
                round.getEndDate(),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 11, 30)));
        List<Long> before = ranking(oldambts);

        mvc.perform(get("/host/assignments/{id}/candidates", oldambts.getId()).with(OLDAMBT))
                .andExpect(content().string(allOf(containsString("gesloten"), not(containsString("Omhoog")))));
        mvc.perform(form(oldambts, "up:1").with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rangschikken is gesloten (deadline 30 november 2026)")));

        assertThat(ranking(oldambts)).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsAssignmentIsForbiddenByPageAndApiAndNothingChanges() throws Exception {
        Assignment provincies = ofOrganisation("provincie-groningen", 1);
        List<Long> before = ranking(provincies);

        mvc.perform(get("/host/assignments/{id}/candidates", provincies.getId()).with(OLDAMBT))
                .andExpect(status().isForbidden());
        mvc.perform(form(provincies, "up:1").with(OLDAMBT)).andExpect(status().isForbidden());
        mvc.perform(get("/api/host/assignments/{id}/candidates", provincies.getId())
                        .with(OLDAMBT))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/host/assignments/{id}/ranking", provincies.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":\""
                                + rankings.candidatesOf(provincies).version() + "\",\"trainees\":[]}")
                        .with(OLDAMBT))
                .andExpect(status().isForbidden());

        assertThat(ranking(provincies)).isEqualTo(before);
        mvc.perform(get("/host/assignments/{id}/candidates", provincies.getId()).with(PROVINCIE))
                .andExpect(status().isOk());
    }

    @Test
    void traineesAndTheCoordinatorHaveNoHostPages() throws Exception {
        List<Long> before = ranking(oldambts);
        for (RequestPostProcessor other : List.of(TraineePreferencesTests.ANNA, TraineePreferencesTests.COORDINATOR)) {
            mvc.perform(get("/host").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/host/assignments/{id}/candidates", oldambts.getId())
                            .with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(form(oldambts, "up:1").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/host/assignments/{id}/candidates", oldambts.getId())
                            .with(other))
                    .andExpect(status().isForbidden());
        }
        assertThat(ranking(oldambts)).isEqualTo(before);
    }

    @Test
    void theApiRanksCandidatesAndRefusesATraineeWhoDidNotChooseTheAssignment() throws Exception {
        HostRankings.CandidateList list = rankings.candidatesOf(oldambts);
        Trainee outsider = trainees.findAllByOrderByName().stream()
                .filter(t -> !chosenBy(oldambts).contains(t.getId()))
                .findFirst()
                .orElseThrow();
        List<Long> before = ranking(oldambts);

        mvc.perform(put("/api/host/assignments/{id}/ranking", oldambts.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":\"" + list.version() + "\",\"trainees\":[" + outsider.getId() + "]}")
                        .with(OLDAMBT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("trainees[0]")));
        assertThat(ranking(oldambts)).isEqualTo(before);

        long last =
                list.candidates().get(list.candidates().size() - 1).trainee().getId();
        mvc.perform(put("/api/host/assignments/{id}/ranking", oldambts.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":\"" + list.version() + "\",\"trainees\":[" + last + "]}")
                        .with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].trainee", is((int) last)))
                .andExpect(jsonPath("$.candidates[0].hostRank", is(1)))
                .andExpect(jsonPath("$.candidates[1].hostRank").value(org.hamcrest.Matchers.nullValue()));
        assertThat(ranking(oldambts)).containsExactly(last);
        assertThat(hostRankings.findByAssignmentIdOrderByRank(oldambts.getId()))
                .extracting(HostRanking::getRank)
                .containsExactly(1);
    }
}
