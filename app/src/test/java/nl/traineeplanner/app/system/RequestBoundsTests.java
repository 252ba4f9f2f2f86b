package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request beyond a bound is refused with 4xx and the reason, never a 500: a JSON document nested too deep, a field
 * longer than its bound (named, in the user's language), a search text on a page that is too long.
 */
@WebAppTest
@Transactional
class RequestBoundsTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Test
    void theJsonMapperOfThePlannerHasItsLimits() {
        var limits = json.tokenStreamFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(100);
        assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
        assertThat(limits.getMaxNumberLength()).isEqualTo(100);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(50_000_000L);
    }

    @Test
    void aDocumentNested2000DeepIsRefusedWith400AndTheReason() throws Exception {
        String deep = "{\"name\": \"Jan\", \"extra\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        mvc.perform(post("/api/accounts/hosts")
                        .with(SignIn.as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(deep))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:traineeplanner:problem:json-limit")))
                .andExpect(jsonPath("$.title", is("JSON-document niet gelezen")));
    }

    @Test
    void aNumberOfAThousandDigitsIsRefusedWith400() throws Exception {
        String body = "{\"name\": \"Jan\", \"organisation\": " + "9".repeat(1000) + "}";
        mvc.perform(post("/api/accounts/hosts")
                        .with(SignIn.as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:traineeplanner:problem:json-limit")));
    }

    @Test
    void aFieldBeyondItsBoundIsNamedWithTheReason() throws Exception {
        String body = "{\"name\": \"" + "x".repeat(201) + "\", \"email\": \"jan@example.org\", \"organisation\": 1}";
        mvc.perform(post("/api/accounts/hosts")
                        .with(SignIn.as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("name")))
                .andExpect(jsonPath("$.errors[0].message", is("Te lang: ten hoogste 200 tekens.")));
        mvc.perform(post("/api/accounts/hosts")
                        .with(SignIn.as("coordinator"))
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(jsonPath("$.errors[0].message", is("Too long: at most 200 characters.")));
    }

    @Test
    void anEvaluationScoreFarOutsideTheScaleIsRefusedByItsBound() throws Exception {
        String body = """
                {"version": 0, "learningGoals": {"score": 1000, "text": "Goed"}}""";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/my/evaluations/1")
                        .with(SignIn.as("trainee"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("learningGoals.score")))
                .andExpect(jsonPath("$.errors[0].message", is("Ten hoogste 10.")));
    }

    @Test
    void aSearchTextTooLongForThePageIsRefusedWith400() throws Exception {
        mvc.perform(get("/assignments").param("q", "x".repeat(201)).with(SignIn.as("trainee")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/assignments").param("q", "x".repeat(200)).with(SignIn.as("trainee")))
                .andExpect(status().isOk());
    }
}
