package nl.traineeplanner.app.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The error page as the servlet container's error dispatch shows it: friendly, Dutch, without a stack trace. */
@WebAppTest
class ErrorPageTests {

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "403, U heeft geen toegang tot deze pagina",
        "404, Deze pagina bestaat niet (meer)",
        "500, Er ging aan onze kant iets mis"
    })
    void explainsTheErrorInDutch(int statusCode, String explanation) throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, statusCode)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheim detail"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is(statusCode))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"nl\">"),
                                containsString("Er ging iets mis"),
                                containsString(explanation),
                                containsString("Foutcode " + statusCode),
                                not(containsString("geheim detail")),
                                not(containsString("at nl.traineeplanner")))));
    }
}
