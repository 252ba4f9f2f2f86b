package nl.traineeplanner.app.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebAppTest
class AboutPageTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void theDemoLoginPageNamesTheDemoAccounts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Demo-accounts, elk met wachtwoord demo")));
    }

    @Test
    void anyoneReadsWhereTheMapComesFromAndWhichSoftwareIsUsed() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Over deze toepassing"),
                                containsString("er worden geen kaarttegels of andere gegevens van internet geladen"),
                                containsString("@svg-maps/netherlands 1.0.0"),
                                containsString("href=\"https://creativecommons.org/licenses/by/4.0/\""),
                                containsString("Google OR-Tools — Apache License 2.0"))));
    }
}
