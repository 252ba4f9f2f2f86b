package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Real use does not start on a weak default, and says which setting to change. */
class ProductionSettingsTests {

    private static MockEnvironment good() {
        return new MockEnvironment()
                .withProperty(
                        "spring.datasource.url", "jdbc:postgresql://db.example.org:5432/planner?sslmode=verify-full")
                .withProperty("spring.datasource.username", "planner")
                .withProperty("spring.datasource.password", "a-long-secret")
                .withProperty("traineeplanner.base-url", "https://planner.example.org")
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("spring.mail.properties.mail.smtp.starttls.required", "true")
                .withProperty("traineeplanner.login.second-factor-key", "a-long-random-key-for-tests");
    }

    @Test
    void goodSettingsPass() {
        assertThat(ProductionSettings.problems(good())).isEmpty();
        assertThat(ProductionSettings.problems(
                        good().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/planner")))
                .as("a database on the same machine needs no TLS")
                .isEmpty();
    }

    @Test
    void eachWeakDefaultIsNamed() {
        assertThat(ProductionSettings.problems(good().withProperty("spring.datasource.password", "")))
                .singleElement()
                .asString()
                .startsWith("spring.datasource.password");
        assertThat(ProductionSettings.problems(good().withProperty("spring.datasource.username", "postgres")))
                .singleElement()
                .asString()
                .startsWith("spring.datasource.username");
        assertThat(ProductionSettings.problems(
                        good().withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/planner")))
                .singleElement()
                .asString()
                .contains("sslmode");
        assertThat(ProductionSettings.problems(good().withProperty("traineeplanner.base-url", "http://planner")))
                .singleElement()
                .asString()
                .startsWith("traineeplanner.base-url");
        assertThat(ProductionSettings.problems(
                        good().withProperty("spring.mail.properties.mail.smtp.starttls.required", "false")))
                .singleElement()
                .asString()
                .contains("starttls.required");
        assertThat(ProductionSettings.problems(good().withProperty("traineeplanner.operations.password", "{noop}demo")))
                .singleElement()
                .asString()
                .startsWith("traineeplanner.operations.password");
        assertThat(ProductionSettings.problems(good().withProperty(
                                "traineeplanner.operations.password",
                                "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6QJbnE8Yyl0vG2u8HkIa9CS")))
                .isEmpty();
        assertThat(ProductionSettings.problems(good().withProperty("traineeplanner.login.second-factor-key", "")))
                .singleElement()
                .asString()
                .startsWith("traineeplanner.login.second-factor-key");
    }

    @Test
    void theShippedDefaultsDoNotPass() {
        MockEnvironment shipped = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test")
                .withProperty("spring.datasource.username", "postgres")
                .withProperty("spring.datasource.password", "")
                .withProperty("traineeplanner.base-url", "http://localhost:8080");
        assertThat(ProductionSettings.problems(shipped)).hasSize(4);
    }
}
