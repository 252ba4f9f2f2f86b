package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's upload page: a generated file of three rounds is imported, a broken one refused. */
@WebAppTest
class ImportPageTests {

    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private TraineeRepository trainees;

    @Test
    void formIsReachedFromTheRoundsAndAsksForANameAndAFile() throws Exception {
        mvc.perform(get("/rounds").with(COORDINATOR))
                .andExpect(content().string(containsString("href=\"/cohorts/import\"")));
        mvc.perform(get("/cohorts/import").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("enctype=\"multipart/form-data\""),
                                containsString("<label for=\"name\">"),
                                containsString("<label for=\"file\">"),
                                containsString("type=\"file\""),
                                containsString("name=\"_csrf\""))));
    }

    @Test
    void formSpeaksEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/cohorts/import").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Import a cohort from a planning file"),
                                containsString("Name of the new cohort"),
                                not(containsString("??")))));
    }

    @Test
    void othersCannotImport() throws Exception {
        mvc.perform(get("/cohorts/import").with(user("host").roles("HOST"))).andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void importsAGeneratedFileOfThreeRoundsAndSaysWhat() throws Exception {
        Instance generated = InstanceGenerator.generate(30, 7);
        MvcResult posted = mvc.perform(multipart("/cohorts/import")
                        .file(file("gegenereerd.json", InstanceWriter.toJson(generated)))
                        .param("name", "Lichting proef")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/cohorts/import"))
                .andExpect(flash().attribute(
                                "summary",
                                "30 trainees, %d opdrachten en %d organisaties ingelezen in Lichting proef."
                                        .formatted(
                                                generated.assignments().size(),
                                                generated.organisations().size())))
                .andReturn();
        CohortImport result = (CohortImport) posted.getFlashMap().get("result");
        assertThat(result.rounds())
                .filteredOn(CohortImport.ImportedRound::planned)
                .extracting(CohortImport.ImportedRound::name)
                .containsExactly("Ronde R1", "Ronde R2", "Ronde R3");
        assertThat(result.rounds()).filteredOn(r -> !r.planned()).hasSize(1);
        assertThat(result.newDomains()).contains("energie", "sociaal-domein");
        assertThat(trainees.findByCohortIdOrderById(result.cohortId())).hasSize(30);

        mvc.perform(get("/cohorts/import").with(COORDINATOR).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"status\""),
                                containsString("30 trainees, "),
                                containsString("Ronde R1</a>"),
                                containsString("klaar voor de matching"))));
    }

    @Test
    void refusesABrokenFileOnThePageWithEveryProblemAndStoresNothing() throws Exception {
        String broken = InstanceWriter.toJson(InstanceGenerator.generate(10, 3))
                .replaceFirst("\"capacity\" ?: ?\\d+", "\"capacity\": -1");
        long before = cohorts.count();

        mvc.perform(multipart("/cohorts/import")
                        .file(file("kapot.json", broken))
                        .param("name", "Lichting kapot")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"alert\""),
                                containsString("Het bestand is niet ingelezen"),
                                containsString("Er is niets opgeslagen"),
                                containsString(
                                        "kapot.json: assignments[0] (id &quot;A01&quot;), field &quot;capacity&quot;"),
                                containsString("value=\"Lichting kapot\""),
                                not(containsString("role=\"status\"")))));
        assertThat(cohorts.count()).isEqualTo(before);
    }

    @Test
    void asksForAFileWhenNoneIsChosen() throws Exception {
        mvc.perform(multipart("/cohorts/import")
                        .param("name", "Lichting leeg")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies een bestand om in te lezen.")));
    }

    private static MockMultipartFile file(String name, String json) {
        return new MockMultipartFile("file", name, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
