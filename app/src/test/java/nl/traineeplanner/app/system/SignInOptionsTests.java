package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Without an identity provider set, signing in is the login form as it always was; and never neither. */
@WebAppTest
class SignInOptionsTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SignInOptions options;

    @Test
    void withoutAProviderThereIsOnlyTheForm() throws Exception {
        assertThat(options.form()).isTrue();
        assertThat(options.oidc()).isFalse();
        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(allOf(
                                containsString("type=\"password\""),
                                containsString("Log in met uw gebruikersnaam en wachtwoord."),
                                containsString("Wachtwoord vergeten?"),
                                not(containsString("/oauth2/authorization")),
                                not(containsString("Inloggen via")))));
        mvc.perform(get("/oauth2/authorization/test")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theFormCannotBeSwitchedOffWithoutAProvider() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new SignInOptions(false, List.of()))
                .withMessageContaining("traineeplanner.login.form=false");
        assertThat(new SignInOptions(false, List.of(new SignInOptions.Provider("entra", "Gemeente Testdam")))
                        .providers())
                .extracting(SignInOptions.Provider::url)
                .containsExactly("/oauth2/authorization/entra");
    }
}
