package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator's matching week as a new user would do it with the demo data, in a real browser: round 1 is run,
 * explained, two placements are pinned, it is re-planned around them, two scenarios are compared and the proposal is
 * published; then round 2 is planned, and nobody goes back to the organisation of their round 1. Round 1 is planned
 * ahead: the later rounds show on its board as provisional.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-walkthrough;DB_CLOSE_DELAY=-1")
class CoordinatorWalkthroughBrowserTests extends BrowserTest {

    @Test
    void roundOneEndToEndThenRoundTwoRespectsIt() {
        logInAs("coordinator");
        openRound("Ronde 1");
        browser.findElement(By.id("reason")).sendKeys("Alle voorkeuren zijn binnen");
        press("Matching starten");
        assertThat(message()).contains("De matching voor Ronde 1 is gestart");

        // run, planned ahead with the later rounds (the default), and read the explanations
        startRun("Standaard");
        awaitBoard();
        assertThat(browser.findElement(By.id("planned-ahead")).getText())
                .contains("Deze berekening plant vooruit")
                .contains("Ronde 2");
        assertThat(browser.findElements(By.cssSelector("table.board td.provisional")))
                .as("the later rounds, provisional")
                .isNotEmpty();
        assertAccessible();
        screenshot("board-planned-ahead");
        List<WebElement> why = browser.findElements(By.xpath("//details/summary[normalize-space()='Waarom?']"));
        assertThat(why).isNotEmpty();
        why.get(0).click();
        assertThat(browser.findElement(By.xpath("//details[@open]")).getText()).contains("strafpunten");
        press("Dit plan aannemen als voorstel");

        // pin two placements, then re-plan around them
        press("Vastzetten");
        press("Vastzetten");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Losmaken']")))
                .hasSize(2);
        press("Opnieuw plannen rond mijn vastzettingen");
        awaitBoard();
        assertThat(browser.findElements(By.xpath("//td[contains(@class,'proposed')]//span[@class='pin-mark']")))
                .as("both pins are in the new plan")
                .hasSize(2);
        press("Dit plan aannemen als voorstel");

        // compare the two scenarios
        browser.findElement(By.linkText("Twee berekeningen vergelijken")).click();
        press("Vergelijk");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Strafpunten en uitkomsten")
                .contains("Verschil (B − A)");

        // publish
        openRound("Ronde 1");
        browser.findElement(By.id("confirm")).click();
        press("Voorstel publiceren");
        assertThat(message()).contains("Ronde 1 is gepubliceerd");

        // round 2: open preferences, start matching early with a reason, run
        openRound("Ronde 2");
        press("Voorkeuren openen");
        browser.findElement(By.id("reason")).sendKeys("Demonstratie van ronde 2");
        press("Matching starten");
        startRun("Ronde 2");
        awaitBoard();

        List<WebElement> rows = browser.findElements(By.cssSelector("table.board tbody tr"));
        assertThat(rows).hasSize(24);
        for (WebElement row : rows) {
            String before = row.findElement(By.cssSelector("td.history .org")).getText();
            List<WebElement> now = row.findElements(By.cssSelector("td.proposed .org"));
            assertThat(now).as("everyone is placed in round 2").hasSize(1);
            assertThat(now.get(0).getText())
                    .as("round 2 of %s", row.findElement(By.tagName("th")).getText())
                    .isNotEqualTo(before);
        }

        // the audit trail holds the week: the early start of matching with its reason, searched by kind
        browser.get("http://localhost:" + port + "/audit?action=MATCHING_STARTED");
        assertThat(browser.findElement(By.id("events")).getText()).contains("Demonstratie van ronde 2");
        assertThat(browser.findElement(By.id("chain")).getText()).contains("De keten is heel");
        assertAccessible();
        screenshot("audit-trail");
    }

    private void openRound(String name) {
        browser.findElement(By.linkText("Rondes en planning")).click();
        browser.findElement(By.linkText(name)).click();
    }

    private void startRun(String name) {
        WebElement timeLimit = browser.findElement(By.id("timeLimitSeconds"));
        timeLimit.clear();
        timeLimit.sendKeys("20");
        browser.findElement(By.name("name")).sendKeys(name);
        press("Berekening starten");
    }

    /** The run page polls its progress and reloads itself with the board when the run is done. */
    private void awaitBoard() {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.id("board-heading")).isEmpty());
    }

    private String message() {
        return browser.findElement(By.cssSelector("main")).getText();
    }
}
