package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page can be served with a strict Content-Security-Policy ({@code default-src 'self'}, no 'unsafe-inline'):
 * the templates hold no inline script, no style element or style attribute, no event-handler attribute and no
 * {@code javascript:} address, and the scripts do not write style attributes or HTML. Texts a script needs travel in
 * {@code data-*} attributes; a script sets {@code element.style.x} if it must.
 */
class StrictContentSecurityTests {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "js");

    private static final Pattern HANDLER = Pattern.compile("(?:th:|data-th-)?on[a-z]+");
    private static final Pattern STYLE = Pattern.compile("(?:th:|data-th-)?style(?:append)?");
    /** {@code th:attr="style=..."} or {@code th:attr="onclick=..."} writes the same attribute by another way. */
    private static final Pattern ATTR_ASSIGNING = Pattern.compile("(?:^|,)\\s*(style|on[a-z]+)\\s*=");

    private static final Pattern SCRIPT_PROBLEM = Pattern.compile(
            "setAttribute\\(\\s*['\"]style['\"]|\\.(?:inner|outer)HTML\\b|insertAdjacentHTML|document\\.write"
                    + "|\\beval\\(|new Function\\(|setTimeout\\(\\s*['\"]|setInterval\\(\\s*['\"]|javascript:");

    @Test
    void noTemplateHasInlineScriptStyleOrHandlers() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = files(TEMPLATES, ".html");
        assertThat(files).as("templates found under " + TEMPLATES).hasSizeGreaterThan(20);
        for (Path file : files) {
            problems.addAll(problemsInTemplate(
                    TEMPLATES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(problems)
                .as("what a strict Content-Security-Policy blocks (move it into static/js or static/css)")
                .isEmpty();
    }

    @Test
    void noScriptWritesStyleAttributesOrHtml() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = files(SCRIPTS, ".js");
        assertThat(files).as("scripts found under " + SCRIPTS).isNotEmpty();
        for (Path file : files) {
            problems.addAll(problemsInScript(
                    SCRIPTS.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(problems)
                .as("what a strict Content-Security-Policy blocks in scripts")
                .isEmpty();
    }

    /** The checks find what they look for, with file and line; else the tests above would pass on anything. */
    @Test
    void theChecksFindWhatAStrictPolicyBlocks() {
        String page = """
                <main>
                  <p th:text="${a > b}">ok</p>
                  <script th:src="@{/js/fine.js}" defer></script>
                  <td class="bar-cell" aria-hidden="true"><span class="bar"
                      th:style="'width:' + ${100 * c.value / largest} + '%'"></span></td>
                  <script th:inline="javascript">
                    var x = 1;
                  </script>
                  <p style="color: red">rood</p>
                  <button type="button" onclick="go()">Go</button>
                  <a href="javascript:void(0)">nergens</a>
                  <style>p { color: red; }</style>
                  <span th:attr="data-x=1, style='width:1%'">x</span>
                  <!-- <script>commented out</script> -->
                  <svg class="bar"><rect th:attr="width=${w} + '%'" height="100%"></rect></svg>
                </main>
                """;

        assertThat(problemsInTemplate("planning/board.html", page))
                .containsExactly(
                        "planning/board.html:4: style attribute th:style",
                        "planning/board.html:6: inline <script> (no src)",
                        "planning/board.html:9: style attribute style",
                        "planning/board.html:10: event handler attribute onclick",
                        "planning/board.html:11: javascript: address in href",
                        "planning/board.html:12: <style> element",
                        "planning/board.html:13: style or handler written by th:attr");
        assertThat(problemsInScript("x.js", "a.b = 1;\nel.setAttribute('style', 'width:1%');\nel.style.width = '1%';"))
                .containsExactly("x.js:2: setAttribute('style'");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The tags of an HTML template, read well enough to see their attributes (values may hold {@code >}). */
    static List<String> problemsInTemplate(String name, String html) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            int start = i;
            int j = i + 1;
            while (j < html.length()
                    && (Character.isLetterOrDigit(html.charAt(j)) || ":-".indexOf(html.charAt(j)) >= 0)) {
                j++;
            }
            if (j == i + 1) {
                i++;
                continue;
            }
            String tag = html.substring(i + 1, j).toLowerCase(Locale.ROOT);
            List<String[]> attributes = new ArrayList<>();
            while (j < html.length() && html.charAt(j) != '>') {
                char c = html.charAt(j);
                if (Character.isWhitespace(c) || c == '/') {
                    j++;
                    continue;
                }
                int a = j;
                while (j < html.length() && "\t\n\r />=".indexOf(html.charAt(j)) < 0) {
                    j++;
                }
                String attribute = html.substring(a, j).toLowerCase(Locale.ROOT);
                String value = "";
                if (j < html.length() && html.charAt(j) == '=') {
                    j++;
                    char quote = html.charAt(j);
                    if (quote == '"' || quote == '\'') {
                        int close = html.indexOf(quote, j + 1);
                        if (close < 0) {
                            problems.add(name + ":" + line(html, a) + ": attribute " + attribute + " is not closed");
                            return problems;
                        }
                        value = html.substring(j + 1, close);
                        j = close + 1;
                    } else {
                        int v = j;
                        while (j < html.length() && "\t\n\r >".indexOf(html.charAt(j)) < 0) {
                            j++;
                        }
                        value = html.substring(v, j);
                    }
                }
                attributes.add(new String[] {attribute, value});
            }
            String where = name + ":" + line(html, start) + ": ";
            if (tag.equals("script")
                    && attributes.stream().noneMatch(a -> a[0].equals("src") || a[0].equals("th:src"))) {
                problems.add(where + "inline <script> (no src)");
            }
            if (tag.equals("style")) {
                problems.add(where + "<style> element");
            }
            for (String[] a : attributes) {
                if (STYLE.matcher(a[0]).matches()) {
                    problems.add(where + "style attribute " + a[0]);
                } else if (HANDLER.matcher(a[0]).matches()) {
                    problems.add(where + "event handler attribute " + a[0]);
                } else if (a[1].toLowerCase(Locale.ROOT).contains("javascript:")) {
                    problems.add(where + "javascript: address in " + a[0]);
                } else if ((a[0].equals("th:attr") || a[0].equals("th:attrappend"))
                        && ATTR_ASSIGNING.matcher(a[1]).find()) {
                    problems.add(where + "style or handler written by " + a[0]);
                }
            }
            i = j;
        }
        return problems;
    }

    static List<String> problemsInScript(String name, String script) {
        List<String> problems = new ArrayList<>();
        Matcher m = SCRIPT_PROBLEM.matcher(script);
        while (m.find()) {
            problems.add(name + ":" + line(script, m.start()) + ": " + m.group());
        }
        return problems;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
