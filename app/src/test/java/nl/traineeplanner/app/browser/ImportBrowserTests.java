package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/** A coordinator in a real browser uploads a planning file as a new cohort and goes on to one of its rounds. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-import;DB_CLOSE_DELAY=-1")
class ImportBrowserTests extends BrowserTest {

    @TempDir
    Path files;

    private void logInAsCoordinator() {
        logInAs("coordinator");
        // the overview after logging in, before going anywhere else
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textMatches(
                        By.tagName("h1"), java.util.regex.Pattern.compile("^Overzicht.*")));
    }

    /** The import may take a while on a busy machine; a click does not wait for the next page. */
    private static WebElement awaited(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

    @Test
    void coordinatorUploadsAPlanningFileAndOpensARoundOfTheNewCohort() throws IOException {
        Path file = files.resolve("lichting-40.json");
        Files.writeString(file, InstanceWriter.toJson(InstanceGenerator.generate(40, 5)));
        logInAsCoordinator();

        browser.get("http://localhost:" + port + "/rounds");
        browser.findElement(By.linkText("Lichting inlezen uit een planningsbestand"))
                .click();
        browser.findElement(By.id("name")).sendKeys("Lichting 2029");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        String done = awaited(By.cssSelector("[role=status] h2")).getText();
        assertThat(done).startsWith("40 trainees, ").endsWith(" ingelezen in Lichting 2029.");
        browser.findElement(By.linkText("Ronde R1")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ronde R1"));
        assertThat(browser.getPageSource()).contains("Lichting 2029");
    }

    @Test
    void aFileWithoutPlacesOnTheMapIsRefusedWithTheItemNamed() throws IOException {
        Path file = files.resolve("zonder-plaats.json");
        Files.writeString(file, """
                {"format": "traineeplanner/instance@1",
                 "rounds": [{"id": "R1", "start": "2029-01-01", "end": "2029-08-31"}],
                 "organisations": [{"id": "ergens", "name": "Ergens"}],
                 "assignments": [], "trainees": []}
                """);
        logInAsCoordinator();

        browser.get("http://localhost:" + port + "/cohorts/import");
        browser.findElement(By.id("name")).sendKeys("Lichting zonder plaats");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        String alert = awaited(By.cssSelector("[role=alert]")).getText();
        assertThat(alert)
                .contains("Het bestand is niet ingelezen")
                .contains("zonder-plaats.json: organisations[0] (id \"ergens\"), veld \"location\"");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Lichting zonder plaats");
    }
}
