package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A coordinator plans round 1 of the demo cohort in a real browser: starts a run, waits for the board, accepts
 * the plan as the proposal and pins a placement.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-board;DB_CLOSE_DELAY=-1")
class PlanningBoardBrowserTests extends BrowserTest {

    @Test
    void coordinatorRunsThePlannerAcceptsThePlanAndPinsAPlacement() {
        logInAs("coordinator");
        browser.findElement(By.linkText("Rondes en planning")).click();
        browser.findElement(By.linkText("Ronde 1")).click();

        // a weight slider says its value in words while it moves, and goes back to the standard weight
        WebElement slider = browser.findElement(By.id("traineePreferences"));
        WebElement said = browser.findElement(By.id("traineePreferences-value"));
        assertThat(said.getText()).isEqualTo("3 – standaard");
        slider.sendKeys(Keys.ARROW_RIGHT);
        assertThat(said.getText()).isEqualTo("4 – dubbel");
        slider.sendKeys(Keys.ARROW_LEFT);
        assertThat(said.getText()).isEqualTo("3 – standaard");

        WebElement timeLimit = browser.findElement(By.id("timeLimitSeconds"));
        timeLimit.clear();
        timeLimit.sendKeys("20");
        browser.findElement(By.name("name")).sendKeys("Browsertest");
        browser.findElement(By.xpath("//button[normalize-space()='Berekening starten']"))
                .click();

        // the run page polls its progress and reloads itself when the run is done
        WebElement accept = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d ->
                        d
                                .findElements(By.xpath("//button[normalize-space()='Dit plan aannemen als voorstel']"))
                                .stream()
                                .findFirst()
                                .orElse(null));
        assertThat(browser.getPageSource()).contains("Planbord").contains("bewezen het beste plan");
        theLargestGroupsBarFillsItsCell();
        screenshot("run-board");

        press("Dit plan aannemen als voorstel");
        press("Vastzetten");

        assertThat(browser.getPageSource()).contains("is vastgezet");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Losmaken']")))
                .hasSize(1);

        changeTheProposalByDragAndDropAndByKeyboard();
    }

    /** The chart of choices: the bar of the largest group is as wide as its cell, the others are not wider. */
    private static void theLargestGroupsBarFillsItsCell() {
        List<WebElement> bars = browser.findElements(By.cssSelector("table.choices svg.bar"));
        assertThat(bars).isNotEmpty();
        boolean oneFillsItsCell = false;
        for (WebElement bar : bars) {
            int cell = bar.getRect().getWidth();
            int length = bar.findElements(By.tagName("rect")).get(1).getRect().getWidth();
            assertThat(cell).isGreaterThan(100);
            assertThat(length).isBetween(0, cell);
            oneFillsItsCell |= length == cell;
        }
        assertThat(oneFillsItsCell).as("the largest group's bar fills its cell").isTrue();
    }

    /**
     * On the proposal's board: one trainee is dragged onto a free place that the trainee's page says is allowed, and
     * another trainee is changed by keyboard alone on that page. Both changes show the new score.
     */
    private void changeTheProposalByDragAndDropAndByKeyboard() {
        browser.findElement(By.id("proposal-board-link")).click();
        assertThat(browser.getTitle()).contains("Voorstel");
        List<WebElement> movable = browser.findElements(By.cssSelector("td[draggable=true]"));
        assertThat(movable).isNotEmpty();
        String trainee = movable.get(0).getAttribute("data-trainee");

        // the trainee's page: every option checked and scored; take the first allowed move to a free place
        movable.get(0).findElement(By.linkText("Wijzigen")).click();
        String target = browser.findElement(
                        By.xpath("//tr[contains(@class,'option') and not(contains(@class,'refused'))]"
                                + "[td[normalize-space()='verplaatsen naar een vrije plek']]/th"))
                .getText();
        browser.findElement(By.linkText("Terug naar het planbord")).click();

        WebElement from = browser.findElement(By.cssSelector("td[data-trainee='" + trainee + "']"));
        WebElement to = browser.findElement(
                By.xpath("//ul[@id='free-places']/li[starts-with(normalize-space(), '" + target + " (')]"));
        ((JavascriptExecutor) browser).executeScript("""
                        const [from, to] = arguments;
                        const data = new DataTransfer();
                        const fire = (el, type) => el.dispatchEvent(
                            new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                        fire(from, 'dragstart');
                        fire(to, 'dragover');
                        fire(to, 'drop');
                        """, from, to);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains(trainee + " is verplaatst"));
        assertThat(browser.findElement(By.cssSelector("td[data-trainee='" + trainee + "']"))
                        .getText())
                .contains(target);

        // by keyboard: tab to "Wijzigen" of another trainee, then to the first allowed option's button
        WebElement change = browser.findElements(By.linkText("Wijzigen")).get(1);
        follow(change);
        enter(browser.findElement(By.cssSelector("tr.option:not(.refused) button")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Strafpunten van het voorstel");
    }
}
