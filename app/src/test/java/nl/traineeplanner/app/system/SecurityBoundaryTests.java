package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.round.CohortRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What an attacker tries from outside: Basic on pages, framing and injected script, the API docs, huge bodies. */
@WebAppTest
class SecurityBoundaryTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Test
    void httpBasicOpensTheApiButNoPage() throws Exception {
        mvc.perform(get("/rounds").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/my").with(httpBasic("trainee", "demo"))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/rounds/{id}/runs", 1).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assignments")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyPageForbidsInlineScriptFramingAndReferrersToOtherSites() throws Exception {
        for (String page : new String[] {"/login", "/about", "/assignments", "/rounds"}) {
            mvc.perform(get(page).with(SignIn.as("coordinator")))
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    allOf(
                                            containsString("default-src 'self'"),
                                            containsString("frame-ancestors 'none'"),
                                            not(containsString("unsafe-inline")))))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        mvc.perform(get("/api/assignments").with(SignIn.as("host")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    @Test
    void theLoginPageAndItsIconAndStyleAreOpenToEveryone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/favicon.svg\"")));
        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void theApiDocumentationIsForTheCoordinatorOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs").with(SignIn.as("host"))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(SignIn.as("trainee"))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(SignIn.as("coordinator"))).andExpect(status().isOk());
    }

    @Test
    void aFiftyMegabyteImportIsRefusedAndNothingIsStored() throws Exception {
        long before = cohorts.count();
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';

        mvc.perform(post("/api/cohorts")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("20 MB")));

        assertThat(cohorts.count()).isEqualTo(before);
    }

    @Test
    void anOrdinaryApiCallTakesAtMostOneMegabyte() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/my/rounds/{id}/preferences", 1)
                        .with(httpBasic("trainee", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("1 MB")));
    }

    @Test
    void aPageTooLargeToTakeSaysSoInPlainWords() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        mvc.perform(post("/proposals")
                        .with(SignIn.as("host"))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(big))
                .andExpect(status().isPayloadTooLarge());
    }
}
