package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/** A coordinator in a real browser: log in, search and filter the catalogue, open an assignment, by keyboard. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class CatalogueBrowserTests extends BrowserTest {

    @Test
    void coordinatorSearchesTheCatalogueAndOpensAnAssignment() {
        logInAs("coordinator");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Overzicht");
        follow(browser.findElement(By.linkText("Opdrachten")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Opdrachten");
        assertThat(browser.getPageSource()).contains("42 opdrachten gevonden");

        enter(browser.findElement(By.name("q")), "makeport");

        assertThat(browser.getPageSource()).contains("1 opdracht gevonden");
        follow(browser.findElement(By.linkText("Gebiedsontwikkeling Dideldom in Stadskanaal")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Gebiedsontwikkeling Dideldom in Stadskanaal");
    }

    @Test
    void filtersNarrowTheCatalogueToOneMunicipality() {
        logInAs("trainee");
        follow(browser.findElement(By.linkText("Opdrachten")));
        new Select(browser.findElement(By.name("municipality"))).selectByVisibleText("Oldambt");
        enter(browser.findElement(By.name("q")));

        assertThat(browser.findElements(By.cssSelector("table tbody tr")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Oldambt"));
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        logInAs("host");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("#main");
    }
}
