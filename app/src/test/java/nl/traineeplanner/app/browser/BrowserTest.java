package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the application with the demo data on a random port, and the machine's headless Chromium, started
 * once per test class. Each test class names its own in-memory database (with {@code @TestPropertySource}), so what
 * one class changes is not seen by another. Skipped where there is no Chromium. Every page is also held to a strict
 * Content-Security-Policy: a test fails when a page it visited has something that policy would block.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(ContentSecurityPolicyReport.class)
@EnabledIf("nl.traineeplanner.app.browser.Browser#available")
abstract class BrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * No page of the test ran into the strict Content-Security-Policy of {@link ContentSecurityPolicyReport}: the
     * browser's console names every inline script or style, style attribute or handler attribute it would block.
     */
    @AfterEach
    void noPageBrokeTheStrictContentSecurityPolicy() {
        List<String> reports = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(reports)
                .as("what a strict Content-Security-Policy would block")
                .isEmpty();
    }

    /** Logs in afresh as a demo account (password {@code demo}). */
    void logInAs(String user) {
        logIn(user, "demo");
    }

    /** Logs in afresh with a user name and password. */
    void logIn(String user, String secret) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(user);
        WebElement password = browser.findElement(By.name("password"));
        enter(password, secret);
    }

    /** Presses the first button with this text and waits until the browser has left the page it was on. */
    static void press(String text) {
        WebElement pressed = button(text);
        pressed.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(left(pressed));
    }

    /**
     * True once the element is no longer in the page. ChromeDriver 156.0.8078.108 sometimes reports an element
     * whose page was replaced as an unknown error ("does not belong to the document") instead of a stale
     * element, which {@code ExpectedConditions.stalenessOf} lets through as a failure.
     */
    static ExpectedCondition<Boolean> left(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Keeps a picture of the page in {@code target/screenshots}, to look at what a test saw. */
    static void screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's checks for WCAG 2.1 A and AA on the page as it is now: no violation, or each one named. */
    static void assertAccessible() {
        List<Rule> violations = accessibilityViolations();
        assertThat(violations)
                .as(() -> browser.getCurrentUrl() + " has accessibility violations: "
                        + violations.stream()
                                .map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }

    /** What axe-core finds against WCAG 2.1 A and AA on the page as it is now, each rule with the elements it found. */
    static List<Rule> accessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        return results.getViolations();
    }

    /**
     * Types the text (if any) into the element, presses Enter and waits until the browser has left the page it was
     * on: the page source is read only once the next page is there, never the one before it.
     */
    static void enter(WebElement element, CharSequence... text) {
        element.sendKeys(String.join("", text) + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(left(element));
    }

    /** Follows a link with the Enter key and waits for the next page. */
    static void follow(WebElement link) {
        enter(link);
    }

    /** Presses the first button with this text with the Enter key and waits for the next page. */
    static void pressByKeyboard(String text) {
        enter(button(text));
    }

    /** Types into the field with this id, replacing what was in it. */
    static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The page's heading. */
    static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The text of the page's main part. */
    static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** The first button on the page with this text. */
    static WebElement button(String text) {
        return browser.findElements(By.xpath("//button[normalize-space()='" + text + "']")).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' on " + browser.getCurrentUrl()));
    }
}
