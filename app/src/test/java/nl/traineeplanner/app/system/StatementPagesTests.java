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

/** The privacy statement and the accessibility statement are there for anyone, without signing in. */
@WebAppTest
class StatementPagesTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void anyoneReadsWhoIsResponsibleWhichDataAreKeptHowLongAndWhomToAsk() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Privacyverklaring</h1>"),
                                containsString("Programmaorganisatie Traineeship Groningen is verantwoordelijk"),
                                containsString("href=\"mailto:privacy@traineeship.example.org\""),
                                containsString("fg@traineeship.example.org"),
                                containsString("artikel 6, lid 1, onder b AVG"),
                                containsString("Tot 24 maanden na het einde van het traineeship."),
                                containsString("7 jaar, om besluiten"),
                                containsString("15 minuten."),
                                containsString("artikel 22 AVG"),
                                containsString("Autoriteit Persoonsgegevens"),
                                containsString("Deze privacyverklaring is van 6 december 2026."))));
    }

    @Test
    void anyoneReadsHowAccessibleThePlannerIsAndWhereToReportAProblem() throws Exception {
        mvc.perform(get("/accessibility"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Toegankelijkheidsverklaring</h1>"),
                                containsString("Traineeplanner op http://localhost:8080"),
                                containsString("EN 301 549"),
                                containsString("Besluit digitale toegankelijkheid overheid"),
                                containsString("Status: voldoet gedeeltelijk"),
                                containsString("axe-core"),
                                containsString("Gemeentegrenzen staan er niet op."),
                                containsString("href=\"mailto:toegankelijkheid@traineeship.example.org\""),
                                containsString("binnen 5 werkdagen antwoord"),
                                containsString("Deze verklaring is opgesteld op 6 december 2026."))));
    }

    @Test
    void bothStatementsAreInEnglishToo() throws Exception {
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Privacy statement</h1>"),
                                containsString("Up to 24 months after the end of the traineeship."),
                                containsString("This privacy statement is dated 6 December 2026."))));
        mvc.perform(get("/accessibility").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Accessibility statement</h1>"),
                                containsString("Status: partially compliant"),
                                containsString("within 5 working days"))));
    }

    @Test
    void theLoginPageAndEveryFooterLeadToBothStatements() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"/privacy\">Privacyverklaring</a>"),
                                containsString("<a href=\"/accessibility\">Toegankelijkheidsverklaring</a>"))));
        mvc.perform(get("/about"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"/privacy\">Privacy</a>"),
                                containsString("<a href=\"/accessibility\">Toegankelijkheid</a>"))));
    }
}
