package nl.traineeplanner.app.evaluation.web;

import static nl.traineeplanner.app.evaluation.EvaluationAuthor.HOST;
import static nl.traineeplanner.app.evaluation.EvaluationAuthor.TRAINEE;
import static nl.traineeplanner.app.evaluation.EvaluationMoment.FINAL;
import static nl.traineeplanner.app.evaluation.EvaluationMoment.MID_TERM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationQuestion;
import nl.traineeplanner.app.evaluation.FormStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations on the pages: a trainee and a host fill, save and submit their forms; a submitted form is read-only; each
 * sees the other's form only once both are submitted; saving before the opening day, from an older tab or with wrong
 * answers is refused with the typed text kept; the start pages list what is due and the coordinator sees what is
 * overdue. See {@link EvaluationScene} for the round (the mid-term evaluation is open on 1 December 2026).
 */
@WebAppTest
@Transactional
class EvaluationPagesTests {

    static final RequestPostProcessor ANNA = SignIn.as("trainee");
    static final RequestPostProcessor BRAM = SignIn.as("bram");
    static final RequestPostProcessor OLDAMBT = SignIn.as("host");
    static final RequestPostProcessor PROVINCIE = SignIn.as("provincie");
    static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    private EvaluationScene scene;

    @BeforeEach
    void publishedRound() {
        scene = EvaluationScene.publish(context);
    }

    private EvaluationForm annas(EvaluationAuthor author) {
        return scene.form(scene.anna, MID_TERM, author);
    }

    /** The form as the browser sends it: every score, a text for the first question, and the version it was read at. */
    static MockHttpServletRequestBuilder filled(
            String path, EvaluationForm form, String action, Integer score, String text) {
        MockHttpServletRequestBuilder request = post(path + "/{id}", form.getId())
                .param("action", action)
                .param("version", String.valueOf(form.getVersion()))
                .param("learningGoals.text", text)
                .param("remark", "Opmerking bij " + text)
                .with(csrf());
        if (score != null) {
            for (EvaluationQuestion q : EvaluationQuestion.values()) {
                request.param(q.field() + ".score", String.valueOf(score));
            }
        }
        return request;
    }

    @Test
    void aTraineeSavesADraftChangesItAndSubmitsItAfterWhichItIsReadOnly() throws Exception {
        EvaluationForm mine = annas(TRAINEE);
        mvc.perform(get("/my/evaluations").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mijn evaluaties"),
                                containsString("href=\"/my/evaluations/" + mine.getId() + "\""),
                                containsString("Tussenevaluatie Ronde 1"),
                                containsString("open, nog niet ingevuld"),
                                containsString("nog niet open (opent 14 februari 2027)"),
                                not(containsString("Bram Visser")))));

        mvc.perform(filled("/my/evaluations", mine, "save", 3, "Ik leer veel over beleid.")
                        .with(ANNA))
                .andExpect(redirectedUrl("/my/evaluations/" + mine.getId()))
                .andExpect(flash().attribute("saved", "Je concept is opgeslagen. Je kunt later verder gaan."));
        assertThat(mine.status(EvaluationScene.MID_TERM_OPENS)).isEqualTo(FormStatus.DRAFT);
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS))
                .isEqualTo(new Answer(3, "Ik leer veel over beleid."));

        mvc.perform(get("/my/evaluations/{id}", mine.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Tussenevaluatie: mijn plaatsing bij Gemeente Oldambt"),
                                containsString("Ik leer veel over beleid."),
                                containsString("Dien deze evaluatie in tot en met 9 december 2026"),
                                containsString("value=\"submit\""))));

        mvc.perform(filled("/my/evaluations", mine, "submit", 4, "Nu ingediend.")
                        .with(ANNA))
                .andExpect(redirectedUrl("/my/evaluations/" + mine.getId()))
                .andExpect(flash().attribute("saved", "Je evaluatie is ingediend."));
        assertThat(mine.isSubmitted()).isTrue();
        assertThat(mine.answer(EvaluationQuestion.AGAIN).score()).isEqualTo(4);

        mvc.perform(get("/my/evaluations/{id}", mine.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Ingediend op 1 december 2026. De evaluatie staat vast"),
                                containsString("4 van 5"),
                                containsString("Nu ingediend."),
                                not(containsString("<textarea")),
                                not(containsString("value=\"submit\"")))));

        mvc.perform(filled("/my/evaluations", mine, "save", 1, "Toch anders.").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Niet opgeslagen: deze evaluatie is op 1 december 2026 ingediend en staat vast.")));
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(4, "Nu ingediend."));
    }

    @Test
    void aHostFillsAndSubmitsTheFormOfATraineePlacedWithIt() throws Exception {
        EvaluationForm ours = annas(HOST);
        mvc.perform(get("/host/evaluations").with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Anna de Jong"),
                                containsString("href=\"/host/evaluations/" + ours.getId() + "\""),
                                not(containsString("Bram Visser")))));
        mvc.perform(get("/host/evaluations/{id}", ours.getId()).with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tussenevaluatie: Anna de Jong"),
                                containsString("Opnieuw een trainee: zou u opnieuw een trainee willen ontvangen?"),
                                containsString("Uw beoordeling van de trainee"))));

        mvc.perform(filled("/host/evaluations", ours, "submit", 5, "Zelfstandig en snel.")
                        .with(OLDAMBT))
                .andExpect(redirectedUrl("/host/evaluations/" + ours.getId()))
                .andExpect(flash().attribute("saved", "De evaluatie is ingediend."));

        assertThat(ours.isSubmitted()).isTrue();
        assertThat(ours.getSubmittedBy()).isEqualTo("host");
        assertThat(ours.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(5, "Zelfstandig en snel."));
    }

    @Test
    void eachSeesTheOtherFormOnlyOnceBothAreSubmitted() throws Exception {
        EvaluationForm hosts = annas(HOST);
        EvaluationForm annas = annas(TRAINEE);
        mvc.perform(filled("/host/evaluations", hosts, "save", 2, "Concept van de begeleider.")
                        .with(OLDAMBT))
                .andExpect(status().is3xxRedirection());
        mvc.perform(filled("/my/evaluations", annas, "submit", 4, "Zelfevaluatie van Anna.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/my/evaluations/{id}", annas.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Je ziet de beoordeling van de opdrachtgever zodra jullie allebei"),
                                not(containsString("Concept van de begeleider.")))));
        mvc.perform(get("/host/evaluations/{id}", hosts.getId()).with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("U ziet de zelfevaluatie van de trainee zodra u allebei"),
                                not(containsString("Zelfevaluatie van Anna.")))));

        mvc.perform(filled("/host/evaluations", hosts, "submit", 5, "Beoordeling van de begeleider.")
                        .with(OLDAMBT))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/my/evaluations/{id}", annas.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Beoordeling door de opdrachtgever"),
                                containsString("Beoordeling van de begeleider."),
                                containsString("5 van 5"))));
        mvc.perform(get("/host/evaluations/{id}", hosts.getId()).with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("Zelfevaluatie van de trainee"),
                                containsString("Zelfevaluatie van Anna."))));
        mvc.perform(get("/my/evaluations").with(ANNA))
                .andExpect(content().string(containsString("te lezen bij de evaluatie")));
    }

    @Test
    void aSaveBeforeTheOpeningDayIsRefusedAndKeepsTheText() throws Exception {
        EvaluationForm last = scene.form(scene.anna, FINAL, TRAINEE);
        mvc.perform(get("/my/evaluations/{id}", last.getId()).with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Deze evaluatie opent op 14 februari 2027"),
                                not(containsString("value=\"submit\"")))));

        mvc.perform(filled("/my/evaluations", last, "save", 3, "Te vroeg getypt.")
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Niet opgeslagen: deze evaluatie opent pas op 14 februari 2027."),
                                containsString("Te vroeg getypt."))));

        assertThat(last.getSavedAt()).isNull();
        assertThat(last.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(Answer.NONE);
        assertThat(last.getVersion()).isZero();
    }

    @Test
    void aSaveFromAnOlderTabIsRefusedKeepsTheTextAndMaySaveItAgain() throws Exception {
        EvaluationForm mine = annas(TRAINEE);
        MockHttpServletRequestBuilder olderTab =
                filled("/my/evaluations", mine, "save", 2, "Tekst uit het oude tabblad.");
        mvc.perform(filled("/my/evaluations", mine, "save", 4, "Tekst uit het nieuwe tabblad.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());
        long saved = mine.getVersion();

        mvc.perform(olderTab.with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("deze evaluatie is intussen ergens anders opgeslagen"),
                                containsString("Tekst uit het oude tabblad."),
                                containsString("name=\"version\" value=\"" + saved + "\""))));
        assertThat(mine.getVersion()).isEqualTo(saved);
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS))
                .isEqualTo(new Answer(4, "Tekst uit het nieuwe tabblad."));

        // having been told, the trainee saves the older tab's text on purpose
        mvc.perform(filled("/my/evaluations", mine, "save", 2, "Tekst uit het oude tabblad.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS))
                .isEqualTo(new Answer(2, "Tekst uit het oude tabblad."));
    }

    @Test
    void wrongAnswersAreNamedOnTheirFieldsInTheUsersLanguageAndNothingIsStored() throws Exception {
        EvaluationForm mine = annas(TRAINEE);
        String tooLong = "x".repeat(2001);
        MockHttpServletRequestBuilder wrong = post("/my/evaluations/{id}", mine.getId())
                .param("action", "submit")
                .param("version", String.valueOf(mine.getVersion()))
                .param("learningGoals.score", "7")
                .param("learningGoals.text", "Dit blijft staan.")
                .param("supervision.score", "3")
                .param("supervision.text", tooLong)
                .param("again.score", "2")
                .with(csrf());

        mvc.perform(wrong.with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-summary\""),
                                containsString("href=\"#learningGoals.score1\""),
                                containsString("id=\"learningGoals.score-error\""),
                                containsString("Kies een score van 1 tot en met 5."),
                                containsString("id=\"contribution.score-error\""),
                                containsString("Kies een score; zonder score kan de evaluatie niet worden ingediend."),
                                containsString("id=\"supervision.text-error\""),
                                containsString("Hoogstens 2000 tekens."),
                                containsString("Dit blijft staan."))));
        mvc.perform(wrong.param("lang", "en").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose a score from 1 to 5."),
                                containsString("Choose a score; without one the evaluation cannot be submitted."),
                                containsString("At most 2000 characters."),
                                containsString("Dit blijft staan."))));

        assertThat(mine.getSavedAt()).isNull();
        assertThat(mine.getVersion()).isZero();
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(Answer.NONE);
    }

    @Test
    void aScoreThatIsNoNumberIsNamedOnItsFieldAndNothingIsStored() throws Exception {
        EvaluationForm mine = annas(TRAINEE);
        mvc.perform(post("/my/evaluations/{id}", mine.getId())
                        .param("action", "save")
                        .param("version", String.valueOf(mine.getVersion()))
                        .param("contribution.score", "veel")
                        .param("contribution.text", "Getypte tekst")
                        .with(csrf())
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"contribution.score-error\""), containsString("Getypte tekst"))));
        assertThat(mine.getSavedAt()).isNull();
    }

    @Test
    void theStartPagesListWhatIsDueAndTheNavigationLeadsToTheEvaluations() throws Exception {
        mvc.perform(get("/my").with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/my/evaluations\""),
                                containsString("href=\"/my/evaluations/"
                                        + annas(TRAINEE).getId() + "\""),
                                containsString(
                                        "Tussenevaluatie van je plaatsing bij Gemeente Oldambt, in te dienen tot en met 9 december 2026"),
                                not(containsString("href=\"/my/evaluations/"
                                        + scene.form(scene.anna, FINAL, TRAINEE).getId() + "\"")))));
        mvc.perform(get("/host").with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/host/evaluations\""),
                                containsString("href=\"/host/evaluations/"
                                        + annas(HOST).getId() + "\""),
                                containsString(
                                        "Tussenevaluatie van Anna de Jong, in te dienen tot en met 9 december 2026"),
                                not(containsString("Tussenevaluatie van Bram Visser")))));
        mvc.perform(get("/host").with(PROVINCIE))
                .andExpect(content()
                        .string(allOf(
                                containsString("Tussenevaluatie van Bram Visser"),
                                not(containsString("Tussenevaluatie van Anna de Jong")))));
        mvc.perform(get("/rounds").with(COORDINATOR))
                .andExpect(content().string(containsString("href=\"/evaluations\"")));

        // once submitted, a form is no longer due
        mvc.perform(filled("/my/evaluations", annas(TRAINEE), "submit", 4, "Klaar.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/my").with(ANNA))
                .andExpect(content().string(containsString("Er staat nu geen evaluatie voor je open.")));
    }

    @Test
    void theStartPagesMarkAnOverdueForm() throws Exception {
        scene.midTermOverdue();
        mvc.perform(get("/my").with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("in te dienen tot en met 15 november 2026"),
                                containsString("— Te laat"))));
        mvc.perform(get("/my/evaluations/{id}", annas(TRAINEE).getId()).with(ANNA))
                .andExpect(content()
                        .string(containsString("deze evaluatie had uiterlijk 15 november 2026 ingediend moeten zijn")));
    }

    @Test
    void theCoordinatorSeesEveryEvaluationPerTraineeAndPerOrganisationWithTheOverdueOnesMarked() throws Exception {
        scene.midTermOverdue();
        mvc.perform(filled("/my/evaluations", annas(TRAINEE), "submit", 4, "Anna is klaar.")
                        .with(ANNA))
                .andExpect(status().is3xxRedirection());
        mvc.perform(filled("/host/evaluations", annas(HOST), "save", 3, "Nog een concept van Oldambt.")
                        .with(OLDAMBT))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/evaluations").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("4 evaluaties, waarvan 2 te laat"),
                                containsString("Per trainee"),
                                containsString("Per opdrachtgever"),
                                containsString("Anna de Jong"),
                                containsString("Bram Visser"),
                                containsString("Provincie Groningen"),
                                containsString("ingediend op 1 december 2026"),
                                containsString("concept opgeslagen, nog niet ingediend"),
                                containsString("nog niet open (opent 14 februari 2027)"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // overdue in words, once per overdue form in each table: Anna's host form, both of Bram's
        assertThat(page.split("class=\"overdue-mark\"", -1)).hasSize(1 + 2 * 3);
        assertThat(page.split("— Te laat", -1)).hasSize(1 + 2 * 3);

        mvc.perform(get("/evaluations/{id}", annas(HOST).getId()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tussenevaluatie: Anna de Jong bij Gemeente Oldambt"),
                                containsString("Anna is klaar."),
                                containsString("Nog niet ingediend. Een concept ziet alleen wie het invult."),
                                not(containsString("Nog een concept van Oldambt.")))));
    }

    @Test
    void thePagesSpeakEnglishOnRequest() throws Exception {
        EvaluationForm mine = annas(TRAINEE);
        mvc.perform(get("/my/evaluations").param("lang", "en").with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("My evaluations"),
                                containsString("Mid-term evaluation Ronde 1"),
                                containsString("open, not filled in yet"),
                                containsString("not open yet (opens 14 February 2027)"))));
        mvc.perform(get("/my/evaluations/{id}", mine.getId())
                        .param("lang", "en")
                        .with(ANNA))
                .andExpect(content()
                        .string(allOf(
                                containsString("Recommendation: would you recommend this host to a next trainee?"),
                                containsString("Save draft"),
                                not(containsString("??")))));
        mvc.perform(get("/host/evaluations/{id}", annas(HOST).getId())
                        .param("lang", "en")
                        .with(OLDAMBT))
                .andExpect(content()
                        .string(allOf(
                                containsString("A trainee again: would you take a trainee again?"),
                                not(containsString("??")))));
        mvc.perform(get("/evaluations").param("lang", "en").with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                containsString("4 evaluations, of which 0 overdue"),
                                containsString("Per host"),
                                not(containsString("??")))));
    }
}
