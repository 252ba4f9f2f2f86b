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

    /** A key written twice silently loses its first text, which may be another page's. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String resource : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.List<String> keys;
            try (var in = MessageBundlesTests.class.getResourceAsStream("/" + resource)) {
                keys = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .toList();
            }
            assertThat(keys).as("keys written twice in " + resource).doesNotHaveDuplicates();
        }
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(dutch).as("keys only in Dutch").containsAll(english);
        assertThat(english).as("keys only in English").containsAll(dutch);
    }
}
