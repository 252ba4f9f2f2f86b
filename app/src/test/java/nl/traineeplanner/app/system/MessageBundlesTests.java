package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text the application shows exists in Dutch and in English. */
class MessageBundlesTests {

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundlesTests.class.getResourceAsStream("/" + resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(dutch).as("keys only in Dutch").containsAll(english);
        assertThat(english).as("keys only in English").containsAll(dutch);
    }
}
