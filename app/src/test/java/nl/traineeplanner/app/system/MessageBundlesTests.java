package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the application shows exists in Dutch and in English. */
class MessageBundlesTests {

    private static Properties texts(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundlesTests.class.getResourceAsStream("/" + resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keys(String resource) throws IOException {
        return texts(resource).stringPropertyNames();
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

    /** A key written literally in a template: {@code #{key}} or {@code #{key(arguments)}}. */
    private static final Pattern IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][A-Za-z0-9_.-]*)[}(]");

    /**
     * A key written literally in Java as the first argument of a call that looks a text up: a message, a refusal, a
     * resolvable, a field error or the reason a run failed.
     */
    private static final Pattern IN_JAVA = Pattern.compile(
            "(?:getMessage|Refusal|Refused|text|reject|rejectValue|Resolvable|fail)\\(\\s*(?:\"[A-Za-z]+\",\\s*)?"
                    + "\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Set<String> used(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** A page or a refusal that names a key no bundle has would show "??key_nl??" instead of a text. */
    @Test
    void everyKeyThePagesAndTheCodeNameExists() throws IOException {
        Set<String> dutch = keys("messages.properties");
        Set<String> inTemplates = used(Path.of("src/main/resources/templates"), ".html", IN_TEMPLATE);
        Set<String> inJava = used(Path.of("src/main/java"), ".java", IN_JAVA);

        // the patterns find what they look for
        assertThat(inTemplates).hasSizeGreaterThan(500).contains("nav.messages");
        assertThat(inJava)
                .hasSizeGreaterThan(50)
                .contains("refusal.edit.changed", "planning.text.holderPinned", "run.failed.instanceGone");
        assertThat(dutch).as("keys the templates name").containsAll(inTemplates);
        assertThat(dutch).as("keys the code names").containsAll(inJava);
    }

    /**
     * In a text with arguments a single apostrophe starts a quoted part, which MessageFormat drops: "the round's
     * proposal" would show as "the rounds proposal". Between letters it must be written twice.
     */
    @Test
    void anApostropheInATextWithArgumentsIsWrittenTwice() throws IOException {
        Pattern single = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
        textsWithArguments()
                .forEach((where, text) -> assertThat(
                                single.matcher(text.replace("''", "")).find())
                        .as(where + ": " + text)
                        .isFalse());
    }

    /** A title, label, alternative text or placeholder written literally in a page shows in one language only. */
    @Test
    void noTemplateWritesATextAttributeLiterally() throws IOException {
        Pattern literal = Pattern.compile("\\s(title|aria-label|alt|placeholder)=\"[^\"]*\\p{L}");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                boolean found = m.find();
                assertThat(found).as(file + ": " + (found ? m.group() : "")).isFalse();
            }
        }
    }

    /** A text with arguments that is no valid pattern fails only when it is shown, perhaps in a line of the trail. */
    @Test
    void everyTextWithArgumentsIsAValidPattern() throws IOException {
        textsWithArguments()
                .forEach((where, text) -> assertThatCode(() -> new MessageFormat(text, Locale.ENGLISH))
                        .as(where)
                        .doesNotThrowAnyException());
    }

    /**
     * Every text with a numbered argument ({0}, {1}...) in either bundle, by "key in bundle"; {max}, {value}: the
     * validator fills those in, not MessageFormat.
     */
    private static java.util.Map<String, String> textsWithArguments() throws IOException {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        for (String resource : java.util.List.of("messages.properties", "messages_en.properties")) {
            Properties properties = texts(resource);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    found.put(key + " in " + resource, text);
                }
            }
        }
        return found;
    }
}
