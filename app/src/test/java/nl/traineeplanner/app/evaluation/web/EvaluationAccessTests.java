package nl.traineeplanner.app.evaluation.web;

import static nl.traineeplanner.app.evaluation.EvaluationAuthor.HOST;
import static nl.traineeplanner.app.evaluation.EvaluationAuthor.TRAINEE;
import static nl.traineeplanner.app.evaluation.EvaluationMoment.MID_TERM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * No one reaches an evaluation form that is not theirs, by page or by API: another trainee's form is not found, another
 * organisation's is forbidden, and every role is kept out of the other roles' pages. Every refusal leaves every form as
 * it was.
 */
@WebAppTest
@Transactional
class EvaluationAccessTests {

    static final RequestPostProcessor ANNA = SignIn.as("trainee");
    static final RequestPostProcessor BRAM = SignIn.as("bram");
    static final RequestPostProcessor OLDAMBT = SignIn.as("host");
    static final RequestPostProcessor PROVINCIE = SignIn.as("provincie");
    static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    private static final String JSON = EvaluationApiTests.answers(0, true, 1, "Van een ander");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private EvaluationFormRepository forms;

    private EvaluationScene scene;
    private EvaluationForm annasOwn;
    private EvaluationForm annasHost;
    private EvaluationForm bramsOwn;
    private EvaluationForm bramsHost;

    @BeforeEach
    void publishedRound() {
        scene = EvaluationScene.publish(context);
        annasOwn = scene.form(scene.anna, MID_TERM, TRAINEE);
        annasHost = scene.form(scene.anna, MID_TERM, HOST);
        bramsOwn = scene.form(scene.bram, MID_TERM, TRAINEE);
        bramsHost = scene.form(scene.bram, MID_TERM, HOST);
    }

    /** What every form holds now, to compare after the refusals. */
    private List<String> everyForm() {
        return forms.findAll().stream()
                .map(f -> f.getId() + ":" + f.getVersion() + ":" + f.answers() + ":" + f.getSavedAt() + ":"
                        + f.getSubmittedAt())
                .sorted()
                .toList();
    }

    /** Tries to read, save and submit the form by page and by API, each answered as {@code expected}. */
    private void triesEverything(
            RequestPostProcessor who, String page, String api, EvaluationForm form, ResultMatcher expected)
            throws Exception {
        mvc.perform(get(page + "/{id}", form.getId()).with(who)).andExpect(expected);
        for (String action : List.of("save", "submit")) {
            mvc.perform(EvaluationPagesTests.filled(page, form, action, 1, "Van een ander")
                            .with(who))
                    .andExpect(expected);
        }
        mvc.perform(EvaluationApiTests.saving(api, form, JSON).with(who)).andExpect(expected);
    }

    @Test
    void aTraineeDoesNotFindAnotherTraineesFormNorTheHostsByItsId() throws Exception {
        List<String> before = everyForm();

        triesEverything(BRAM, "/my/evaluations", "/api/my/evaluations", annasOwn, status().isNotFound());
        triesEverything(ANNA, "/my/evaluations", "/api/my/evaluations", annasHost, status().isNotFound());
        triesEverything(ANNA, "/my/evaluations", "/api/my/evaluations", bramsOwn, status().isNotFound());

        assertThat(everyForm()).isEqualTo(before);
    }

    @Test
    void aHostIsForbiddenAnotherOrganisationsFormAndDoesNotFindATraineesForm() throws Exception {
        List<String> before = everyForm();

        triesEverything(PROVINCIE, "/host/evaluations", "/api/host/evaluations", annasHost, status().isForbidden());
        triesEverything(OLDAMBT, "/host/evaluations", "/api/host/evaluations", bramsHost, status().isForbidden());
        triesEverything(OLDAMBT, "/host/evaluations", "/api/host/evaluations", annasOwn, status().isNotFound());

        assertThat(everyForm()).isEqualTo(before);
    }

    @Test
    void everyRoleIsKeptOutOfTheOtherRolesEvaluations() throws Exception {
        List<String> before = everyForm();

        for (RequestPostProcessor other : List.of(OLDAMBT, COORDINATOR)) {
            mvc.perform(get("/my/evaluations").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/my/evaluations").with(other)).andExpect(status().isForbidden());
            triesEverything(other, "/my/evaluations", "/api/my/evaluations", annasOwn, status().isForbidden());
        }
        for (RequestPostProcessor other : List.of(ANNA, COORDINATOR)) {
            mvc.perform(get("/host/evaluations").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/host/evaluations").with(other)).andExpect(status().isForbidden());
            triesEverything(other, "/host/evaluations", "/api/host/evaluations", annasHost, status().isForbidden());
        }
        for (RequestPostProcessor other : List.of(ANNA, OLDAMBT)) {
            mvc.perform(get("/evaluations").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/evaluations/{id}", annasHost.getId()).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/evaluations").with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/my/evaluations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/evaluations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/my/evaluations").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluations").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());

        assertThat(everyForm()).isEqualTo(before);
    }

    @Test
    void theListsHoldOnlyOnesOwnEvaluations() throws Exception {
        bramsOwn.save(
                new EvaluationAnswers(new Answer(2, "Geheim van Bram"), null, null, null, null),
                false,
                0,
                EvaluationScene.MID_TERM_OPENS,
                "bram",
                java.time.LocalDateTime.now());
        forms.flush();

        mvc.perform(get("/my/evaluations").with(ANNA))
                .andExpect(content().string(not(containsString("Provincie Groningen"))));
        mvc.perform(get("/api/my/evaluations").with(ANNA))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].trainee", org.hamcrest.Matchers.everyItem(is("Anna de Jong"))));
        mvc.perform(get("/host/evaluations").with(OLDAMBT))
                .andExpect(content().string(not(containsString("Bram Visser"))));
        mvc.perform(get("/api/host/evaluations").with(PROVINCIE))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].trainee", org.hamcrest.Matchers.everyItem(is("Bram Visser"))))
                // the host does not see the trainee's draft
                .andExpect(content().string(not(containsString("Geheim van Bram"))));
    }
}
