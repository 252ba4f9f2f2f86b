package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * A coordinator in a real browser goes from the rounds page to the import of the demo's cohort, uploads a file of
 * host users with a problem (the preview names it and offers no confirmation), then a good one, and confirms it. The
 * preview pages, which only a POST shows, pass axe-core's WCAG 2.1 AA checks too.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-data-import;DB_CLOSE_DELAY=-1")
class DataImportBrowserTests extends BrowserTest {

    @TempDir
    Path files;

    private static WebElement awaited(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private Path copy(String resource) throws Exception {
        Path file = files.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.write(file, new ClassPathResource(resource).getContentAsByteArray());
        return file;
    }

    @Test
    void coordinatorSeesTheProblemsThenImportsHostUsersAfterThePreview() throws Exception {
        logInAs("coordinator");
        browser.get("http://localhost:" + port + "/rounds");
        browser.findElement(By.linkText("Gegevens inlezen: Lichting 2027")).click();
        awaited(By.id("kind-hosts")).click();
        browser.findElement(By.id("file"))
                .sendKeys(copy("imports/broken/hosts-with-errors.csv").toString());
        press("Voorbeeld bekijken");

        String alert = awaited(By.cssSelector("[role=alert]")).getText();
        assertThat(alert)
                .contains("Cel B3 (E-mail): het e-mailadres karin.vos@example.org staat al in rij 2")
                .contains("Cel C4 (Organisatie): onbekende organisatie \"Onbekende Organisatie\"");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Bevestigen en inlezen']")))
                .isEmpty();
        assertAccessible();

        browser.findElement(By.linkText("Ander bestand kiezen")).click();
        awaited(By.id("kind-hosts")).click();
        browser.findElement(By.id("file")).sendKeys(copy("imports/hosts.csv").toString());
        press("Voorbeeld bekijken");
        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("Karin Vos", "karin.vos@example.org", "Provincie Groningen", "in orde");
        assertAccessible();
        press("Bevestigen en inlezen");

        assertThat(awaited(By.cssSelector("[role=status]")).getText())
                .startsWith("1 opdrachtgever ingelezen uit hosts.csv; geen uitnodigingen gemaild.");
        assertAccessible();
    }
}
