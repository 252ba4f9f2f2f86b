package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database the planner uses by default (the README's first command): closed by the planner when it
 * stops, after its scheduler and pool, not by H2's own shutdown hook while the scheduler still polls; and reachable
 * by no other process, since it opens no network port.
 */
class EmbeddedDatabaseSettingsTests {

    private static String defaultUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseSettingsTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }

    @Test
    void thePlannerClosesTheDatabaseAndOpensNoPortForIt() throws IOException {
        String url = defaultUrl();

        assertThat(url).startsWith("jdbc:h2:file:").contains(";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(url.toUpperCase()).doesNotContain("AUTO_SERVER");
    }

    /** The settings are ones H2 accepts together (DB_CLOSE_ON_EXIT=FALSE is refused beside AUTO_SERVER=TRUE). */
    @Test
    void theDefaultSettingsOpenADatabase(@TempDir Path folder) throws IOException, SQLException {
        String url = defaultUrl().replace("./data/", folder.toAbsolutePath() + "/");

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }
}
