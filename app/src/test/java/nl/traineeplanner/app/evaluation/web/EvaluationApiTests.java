package nl.traineeplanner.app.evaluation.web;

import static nl.traineeplanner.app.evaluation.EvaluationAuthor.HOST;
import static nl.traineeplanner.app.evaluation.EvaluationAuthor.TRAINEE;
import static nl.traineeplanner.app.evaluation.EvaluationMoment.FINAL;
import static nl.traineeplanner.app.evaluation.EvaluationMoment.MID_TERM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationQuestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations over JSON: reading one's own, saving and submitting, the refusals as problem documents (409 for the
 * moment, 400 with every field), the other author's form once both are submitted, and the coordinator's list. See
 * {@link EvaluationScene} for the round (the mid-term evaluation is open on 1 December 2026).
 */
@WebAppTest
@Transactional
class EvaluationApiTests {

    static final RequestPostProcessor ANNA = SignIn.as("trainee");
    static final RequestPostProcessor OLDAMBT = SignIn.as("host");
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

    static MockHttpServletRequestBuilder saving(String path, EvaluationForm form, String json) {
        return put(path + "/{id}", form.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    static String answers(long version, boolean submit, int score, String text) {
        return """
                {"version": %d, "submit": %s,
                 "learningGoals": {"score": %d, "text": "%s"},
                 "contribution": {"score": %d}, "supervision": {"score": %d}, "again": {"score": %d},
                 "remark": "Algemeen"}""".formatted(version, submit, score, text, score, score, score);
    }

    @Test
    void aTraineeReadsHerEvaluationsWithoutTheHostsForm() throws Exception {
        EvaluationForm mine = scene.form(scene.anna, MID_TERM, TRAINEE);
        mvc.perform(get("/api/my/evaluations").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id", is(mine.getId().intValue())))
                .andExpect(jsonPath("$[0].moment", is("MID_TERM")))
                .andExpect(jsonPath("$[0].trainee", is("Anna de Jong")))
                .andExpect(jsonPath("$[0].organisation", is("Gemeente Oldambt")))
                .andExpect(jsonPath("$[0].opensOn", is("2026-11-25")))
                .andExpect(jsonPath("$[0].dueOn", is("2026-12-09")))
                .andExpect(jsonPath("$[0].open", is(true)))
                .andExpect(jsonPath("$[0].form.author", is("TRAINEE")))
                .andExpect(jsonPath("$[0].form.status", is("TO_DO")))
                .andExpect(jsonPath("$[0].form.version", is(0)))
                .andExpect(jsonPath("$[0].counterpart", nullValue()))
                .andExpect(jsonPath("$[1].moment", is("FINAL")))
                .andExpect(jsonPath("$[1].open", is(false)))
                .andExpect(jsonPath("$[1].form.status", is("NOT_OPEN")));
    }

    @Test
    void savesADraftThenSubmitsAndRefusesTheOlderVersionAndAnotherSave() throws Exception {
        EvaluationForm mine = scene.form(scene.anna, MID_TERM, TRAINEE);
        mvc.perform(saving("/api/my/evaluations", mine, answers(0, false, 3, "Concept"))
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.status", is("DRAFT")))
                .andExpect(jsonPath("$.form.version", is(1)))
                .andExpect(jsonPath("$.form.learningGoals.text", is("Concept")));

        mvc.perform(saving("/api/my/evaluations", mine, answers(0, true, 5, "Uit een ouder venster"))
                        .with(ANNA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("evaluation.refused.changed")))
                .andExpect(jsonPath("$.detail", containsString("intussen ergens anders opgeslagen")));
        assertThat(mine.isSubmitted()).isFalse();
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(3, "Concept"));

        mvc.perform(saving("/api/my/evaluations", mine, answers(1, true, 4, "Ingediend"))
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.status", is("SUBMITTED")))
                .andExpect(jsonPath("$.form.submittedAt", containsString("2026-12-01")));

        mvc.perform(saving("/api/my/evaluations", mine, answers(2, false, 1, "Later"))
                        .with(ANNA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("evaluation.refused.submitted")));
        assertThat(mine.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(4, "Ingediend"));
    }

    @Test
    void refusesAFormThatIsNotOpenYetWith409() throws Exception {
        EvaluationForm last = scene.form(scene.anna, FINAL, TRAINEE);
        mvc.perform(saving("/api/my/evaluations", last, answers(0, false, 3, "Te vroeg"))
                        .with(ANNA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("evaluation.refused.notOpen")))
                .andExpect(jsonPath("$.detail", containsString("14 februari 2027")));
        assertThat(last.getSavedAt()).isNull();
        assertThat(last.getVersion()).isZero();
    }

    @Test
    void namesEveryWrongFieldWith400AndStoresNothing() throws Exception {
        EvaluationForm mine = scene.form(scene.anna, MID_TERM, TRAINEE);
        String json = """
                {"version": 0, "submit": true,
                 "learningGoals": {"score": 9, "text": "Goed"},
                 "supervision": {"score": 3, "text": "%s"},
                 "again": {"score": 0},
                 "remark": "%s"}""".formatted("y".repeat(2001), "z".repeat(2001));

        mvc.perform(saving("/api/my/evaluations", mine, json).with(ANNA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[0].field", is("learningGoals.score")))
                .andExpect(jsonPath("$.errors[0].message", is("Kies een score van 1 tot en met 5.")))
                .andExpect(jsonPath("$.errors[1].field", is("contribution.score")))
                .andExpect(jsonPath("$.errors[2].field", is("supervision.text")))
                .andExpect(jsonPath("$.errors[2].message", is("Hoogstens 2000 tekens.")))
                .andExpect(jsonPath("$.errors[3].field", is("again.score")))
                .andExpect(jsonPath("$.errors[4].field", is("remark")));
        mvc.perform(saving("/api/my/evaluations", mine, "{\"submit\": false}").with(ANNA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("version")));

        assertThat(mine.getSavedAt()).isNull();
        assertThat(mine.getVersion()).isZero();
    }

    @Test
    void theHostSeesTheSelfEvaluationOnlyOnceBothAreSubmitted() throws Exception {
        EvaluationForm annas = scene.form(scene.anna, MID_TERM, TRAINEE);
        EvaluationForm hosts = scene.form(scene.anna, MID_TERM, HOST);
        mvc.perform(saving("/api/my/evaluations", annas, answers(0, true, 4, "Van Anna"))
                        .with(ANNA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counterpart", nullValue()));

        mvc.perform(get("/api/host/evaluations").with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id", is(hosts.getId().intValue())))
                .andExpect(jsonPath("$[0].trainee", is("Anna de Jong")))
                .andExpect(jsonPath("$[0].counterpart", nullValue()));

        mvc.perform(saving("/api/host/evaluations", hosts, answers(0, true, 5, "Van Oldambt"))
                        .with(OLDAMBT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.status", is("SUBMITTED")))
                .andExpect(jsonPath("$.counterpart.author", is("TRAINEE")))
                .andExpect(jsonPath("$.counterpart.learningGoals.text", is("Van Anna")));
        mvc.perform(get("/api/my/evaluations").with(ANNA))
                .andExpect(jsonPath("$[0].counterpart.author", is("HOST")))
                .andExpect(jsonPath("$[0].counterpart.learningGoals.score", is(5)))
                .andExpect(jsonPath("$[0].counterpart.learningGoals.text", is("Van Oldambt")));
    }

    @Test
    void theCoordinatorReadsEveryEvaluationWithTheOverdueOnesAndOnlySubmittedAnswers() throws Exception {
        scene.midTermOverdue();
        EvaluationForm annas = scene.form(scene.anna, MID_TERM, TRAINEE);
        EvaluationForm hosts = scene.form(scene.anna, MID_TERM, HOST);
        mvc.perform(saving("/api/my/evaluations", annas, answers(0, true, 4, "Ingediend door Anna"))
                        .with(ANNA))
                .andExpect(status().isOk());
        mvc.perform(saving("/api/host/evaluations", hosts, answers(0, false, 2, "Concept van Oldambt"))
                        .with(OLDAMBT))
                .andExpect(status().isOk());

        mvc.perform(get("/api/evaluations").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[?(@.overdue == true)]", hasSize(2)))
                .andExpect(jsonPath("$[0].trainee", is("Anna de Jong")))
                .andExpect(jsonPath("$[0].moment", is("MID_TERM")))
                .andExpect(jsonPath("$[0].overdue", is(true)))
                .andExpect(jsonPath("$[0].traineeForm.status", is("SUBMITTED")))
                .andExpect(jsonPath("$[0].traineeForm.overdue", is(false)))
                .andExpect(jsonPath("$[0].traineeForm.learningGoals.text", is("Ingediend door Anna")))
                .andExpect(jsonPath("$[0].hostForm.status", is("DRAFT")))
                .andExpect(jsonPath("$[0].hostForm.overdue", is(true)))
                .andExpect(jsonPath("$[0].hostForm.learningGoals", nullValue()))
                .andExpect(jsonPath("$[1].moment", is("FINAL")))
                .andExpect(jsonPath("$[1].overdue", is(false)))
                .andExpect(jsonPath("$[2].trainee", is("Bram Visser")))
                .andExpect(jsonPath("$[2].organisation", is("Provincie Groningen")));
    }

    @Test
    void apiDocumentationDescribesTheEvaluationEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/my/evaluations'].get.summary", containsString("My evaluations")))
                .andExpect(jsonPath("$.paths['/api/my/evaluations/{id}'].put.description", containsString("409")))
                .andExpect(jsonPath("$.paths['/api/host/evaluations'].get.summary", containsString("host forms")))
                .andExpect(jsonPath("$.paths['/api/host/evaluations/{id}'].put.summary", containsString("submit")))
                .andExpect(jsonPath("$.paths['/api/evaluations'].get.summary", containsString("overdue")));
    }
}
