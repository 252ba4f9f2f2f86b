package nl.traineeplanner.app.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy and accessibility statements and the about page, for anyone, with the web layer alone. */
@WebSliceTest(StatementsController.class)
class StatementsSliceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneReadsThePrivacyStatementWithTheConfiguredOrganisation() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(content().string(containsString("Programmaorganisatie Traineeship Groningen")))
                .andExpect(content().string(containsString("privacy@traineeship.example.org")));
    }

    @Test
    void theAccessibilityStatementIsInEnglishOnRequest() throws Exception {
        mvc.perform(get("/accessibility").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("toegankelijkheid@traineeship.example.org")));
    }

    @Test
    void theAboutPageNeedsNoSignIn() throws Exception {
        mvc.perform(get("/about")).andExpect(status().isOk());
    }

    @Test
    void aPageBehindTheSignInSendsAnonymousVisitorsToTheLoginForm() throws Exception {
        mvc.perform(get("/accounts"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/privacy")).andExpect(status().isForbidden());
        // with the token it reaches the controller, which only answers GET
        mvc.perform(post("/privacy").with(csrf())).andExpect(status().isMethodNotAllowed());
    }
}
