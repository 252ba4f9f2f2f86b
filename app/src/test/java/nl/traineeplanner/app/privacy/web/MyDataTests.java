package nl.traineeplanner.app.privacy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.privacy.FormerTraineeScene;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee reads everything the planner keeps about them (AVG article 15) on "Mijn gegevens" and downloads the same as
 * JSON: profile, account, lists with motivations, placements, evaluations as far as they may see them, messages,
 * requests for a human review, and the audit trail about them. Only their own: another trainee gets their own data,
 * hosts and the coordinator are refused, and an anonymous visitor is sent to sign in.
 */
@WebAppTest
@Transactional
class MyDataTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Test
    void theDownloadHoldsEverythingAboutTheTraineeAndNothingOfAnyoneElse() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        mvc.perform(get("/trainees/{id}", scene.anna.getId()).with(SignIn.as("coordinator")))
                .andExpect(status().isOk());

        mvc.perform(get("/my/data.json").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.profile.name", is("Anna de Jong")))
                .andExpect(jsonPath("$.profile.email", is("anna.de.jong@trainee.example.nl")))
                .andExpect(jsonPath("$.profile.homeLatitude", is(53.12)))
                .andExpect(jsonPath("$.profile.homeLongitude", is(6.91)))
                .andExpect(jsonPath("$.profile.interests", hasItem("Ruimtelijke ontwikkeling")))
                .andExpect(jsonPath("$.account.username", is("trainee")))
                .andExpect(jsonPath("$.account.role", is("TRAINEE")))
                .andExpect(jsonPath("$.preferences[0].round", is("Ronde 1")))
                .andExpect(jsonPath("$.preferences[0].choices[0].rank", is(1)))
                .andExpect(jsonPath(
                        "$.preferences[0].choices[0].motivation", containsString("anna.de.jong@trainee.example.nl")))
                .andExpect(jsonPath("$.placements[0].round", is("Ronde 1")))
                .andExpect(jsonPath(
                        "$.placements[0].assignment",
                        is(scene.placement.getAssignment().getTitle())))
                .andExpect(jsonPath(
                        "$.placements[0].organisation",
                        is(scene.placement.getAssignment().getOrganisation().getName())))
                .andExpect(jsonPath("$.placements[0].published", is(true)))
                .andExpect(jsonPath("$.placements[0].start", is("2026-07-01")))
                .andExpect(jsonPath("$.evaluations[0].moment", is("MID_TERM")))
                .andExpect(jsonPath("$.evaluations[0].ownForm.status", is("DRAFT")))
                .andExpect(jsonPath("$.evaluations[0].ownForm.answers[0].question", is("learningGoals")))
                .andExpect(jsonPath("$.evaluations[0].ownForm.answers[0].text", is("Ik leer veel van de begeleiding.")))
                .andExpect(jsonPath("$.evaluations[0].hostForm", nullValue()))
                .andExpect(jsonPath("$.messages[*].subject", hasItem(containsString("Ronde 1"))))
                .andExpect(jsonPath("$.humanReviewRequests[0].reason", containsString("ver van deze opdracht")))
                .andExpect(jsonPath("$.humanReviewRequests[0].requestedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*")))
                .andExpect(jsonPath("$.auditTrail[*].action", hasItem("PERSONAL_DATA_READ")))
                .andExpect(jsonPath("$.auditTrail[*].action", hasItem("HUMAN_REVIEW_REQUESTED")))
                .andExpect(jsonPath("$.auditTrail[*].by", hasItem("coordinator")))
                .andExpect(jsonPath("$.auditTrail[*].what", hasItem("persoonsgegevens ingezien")))
                .andExpect(jsonPath("$.auditTrail[0].occurredAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*")))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Bram Visser")),
                                not(containsString("bram.visser")),
                                not(containsString(FormerTraineeScene.HOST_REMARK)))));
    }

    @Test
    void theHostsAssessmentIsInOnceBothAreSubmitted() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        scene.traineeSubmits();

        mvc.perform(get("/my/data.json").with(SignIn.as("trainee")))
                .andExpect(jsonPath("$.evaluations[0].ownForm.status", is("SUBMITTED")))
                .andExpect(jsonPath("$.evaluations[0].hostForm.remark", is(FormerTraineeScene.HOST_REMARK)));
    }

    @Test
    void thePageShowsTheSameInPlainWordsAndOffersTheDownload() throws Exception {
        FormerTraineeScene scene = FormerTraineeScene.build(context);
        mvc.perform(get("/trainees/{id}", scene.anna.getId()).with(SignIn.as("coordinator")));

        mvc.perform(get("/my").with(SignIn.as("trainee")))
                .andExpect(content().string(containsString("href=\"/my/data\"")));
        mvc.perform(get("/my/data").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mijn gegevens"),
                                containsString("href=\"/my/data.json\""),
                                containsString("anna.de.jong@trainee.example.nl"),
                                containsString("Veendam"),
                                containsString(scene.placement.getAssignment().getTitle()),
                                containsString("Ik leer veel van de begeleiding."),
                                containsString("ver van deze opdracht"),
                                containsString("persoonsgegevens ingezien"),
                                containsString("profielpagina bij de trainees"),
                                containsString("coordinator"))));
        mvc.perform(get("/my/data").param("lang", "en").with(SignIn.as("trainee")))
                .andExpect(content().string(allOf(containsString("My data"), containsString("personal data read"))));
    }

    @Test
    void theApiGivesTheSameToTheTraineeOverHttpBasic() throws Exception {
        mvc.perform(get("/api/my/data").with(SignIn.as("trainee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.name", is("Anna de Jong")))
                .andExpect(jsonPath("$.preferences[0].choices[*].motivation", everyItem(not(nullValue()))));
    }

    @Test
    void anotherTraineeGetsOnlyTheirOwnData() throws Exception {
        FormerTraineeScene.build(context);
        for (String path : List.of("/my/data.json", "/api/my/data")) {
            mvc.perform(get(path).with(SignIn.as("bram")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.profile.name", is("Bram Visser")))
                    .andExpect(content()
                            .string(allOf(
                                    not(containsString("Anna de Jong")),
                                    not(containsString("anna.de.jong")),
                                    not(containsString("ver van deze opdracht")))));
        }
        mvc.perform(get("/my/data").with(SignIn.as("bram")))
                .andExpect(content().string(allOf(containsString("Bram Visser"), not(containsString("Anna de Jong")))));
    }

    @Test
    void hostsTheCoordinatorAndAnonymousVisitorsAreRefused() throws Exception {
        for (String other : List.of("host", "provincie", "coordinator")) {
            for (String path : List.of("/my/data", "/my/data.json", "/api/my/data")) {
                mvc.perform(get(path).with(SignIn.as(other))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/my/data").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/my/data.json").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/my/data")).andExpect(status().isUnauthorized());
    }
}
