package nl.traineeplanner.app.trainee.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** A trainee keeps their own profile: only what planning needs, checked field by field, and nobody else's. */
@WebAppTest
@Transactional
class ProfileTests {

    private static final RequestPostProcessor ANNA = SignIn.as("trainee");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private MunicipalityRepository municipalities;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private RoundRepository rounds;

    private Trainee anna;

    @BeforeEach
    void anna() {
        anna = trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals("Anna de Jong"))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletRequestBuilder profile(String education, String municipality, String maxTravel) {
        return post("/my/profile")
                .param("version", String.valueOf(anna.getVersion()))
                .param("education", education)
                .param("homeMunicipality", municipality)
                .param("maxTravelKm", maxTravel)
                .param("interests", "data", "mobiliteit")
                .with(csrf());
    }

    @Test
    void aTraineeKeepsTheirProfileWithAMunicipalityAndNoAddress() throws Exception {
        mvc.perform(get("/my/profile").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Mijn profiel"), containsString(anna.getEducation()))));

        mvc.perform(profile("MSc Data Science, RUG", "GM1895", "45").with(ANNA))
                .andExpect(redirectedUrl("/my/profile"));

        Municipality oldambt = municipalities.findById("GM1895").orElseThrow();
        assertThat(anna.getEducation()).isEqualTo("MSc Data Science, RUG");
        assertThat(anna.getHomeMunicipality().getCode()).isEqualTo("GM1895");
        assertThat(oldambt.centre()).isEqualTo(new GeoPoint(53.195, 7.056));
        assertThat(anna.getHome())
                .as("the centre of the municipality, kept to two decimals")
                .isEqualTo(new GeoPoint(53.2, 7.06));
        assertThat(anna.getMaxTravelKm()).contains(45);
        assertThat(anna.getInterests()).extracting(d -> d.getCode()).containsExactlyInAnyOrder("data", "mobiliteit");
        assertThat(anna.getName()).isEqualTo("Anna de Jong");
    }

    @Test
    void excludingAnOrganisationOnTheListShowsTheReasonThere() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        TraineePreference first = preferences
                .findByTraineeIdAndRoundIdOrderByRank(anna.getId(), one.getId())
                .get(0);
        Organisation host = first.getAssignment().getOrganisation();

        mvc.perform(profile(anna.getEducation(), "GM0014", "")
                        .param("excludedOrganisations", String.valueOf(host.getId()))
                        .with(ANNA))
                .andExpect(redirectedUrl("/my/profile"));

        assertThat(anna.getExcludedOrganisations()).containsExactly(host);
        mvc.perform(get("/my/rounds/{id}/preferences", one.getId()).with(ANNA))
                .andExpect(
                        content().string(containsString("Niet mogelijk: je hebt " + host.getName() + " uitgesloten.")));
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsSaved() throws Exception {
        String education = anna.getEducation();
        mvc.perform(profile(" ", "GM9999", "0").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vul je opleiding in."),
                                containsString("Een reisafstand ligt tussen 1 en 300 km"))));
        mvc.perform(profile("Nieuw", "GM9999", "").with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze gemeente kent de planner niet.")));
        assertThat(anna.getEducation()).isEqualTo(education);
    }

    @Test
    void aProfileSavedElsewhereSinceIsNotOverwritten() throws Exception {
        MockHttpServletRequestBuilder older = profile("Mijn oudere tab", "GM0014", "");
        mvc.perform(profile("Eerst", "GM0014", "").with(ANNA)).andExpect(redirectedUrl("/my/profile"));
        trainees.flush();

        mvc.perform(older.with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("intussen gewijzigd"), containsString("Mijn oudere tab"))));
        assertThat(anna.getEducation()).isEqualTo("Eerst");
    }

    @Test
    void hostsAndTheCoordinatorHaveNoProfileHere() throws Exception {
        String education = anna.getEducation();
        for (RequestPostProcessor other : List.of(SignIn.as("host"), SignIn.as("coordinator"))) {
            mvc.perform(get("/my/profile").with(other)).andExpect(status().isForbidden());
            mvc.perform(profile("Gewijzigd door een ander", "GM0014", "").with(other))
                    .andExpect(status().isForbidden());
        }
        assertThat(anna.getEducation()).isEqualTo(education);
    }
}
