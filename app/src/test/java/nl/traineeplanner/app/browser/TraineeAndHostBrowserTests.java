package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * A trainee and a host do their half of round 1 with the keyboard only, in a real browser: the trainee chooses an
 * assignment of Gemeente Oldambt with a motivation and moves it up her list; the host of Gemeente Oldambt finds her
 * among the candidates and ranks her; she reads on "Mijn gegevens" that the host looked at her data, and the
 * coordinator, trying to anonymise her before her traineeship is over, is told why that cannot be done yet. axe-core
 * checks every page on the way (WCAG 2.1 A and AA).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-portals;DB_CLOSE_DELAY=-1")
class TraineeAndHostBrowserTests extends BrowserTest {

    @Test
    void traineeRanksAnAssignmentByKeyboardAndItsHostRanksHer() {
        logInAs("trainee");
        assertThat(heading()).isEqualTo("Mijn traineeship");
        assertAccessible();
        screenshot("trainee-home");

        follow(browser.findElement(By.partialLinkText("Kies je voorkeuren voor Ronde 1")));
        assertThat(heading()).isEqualTo("Mijn voorkeuren voor Ronde 1");
        assertAccessible();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('.province-map').scrollIntoView()");
        screenshot("trainee-map");
        int before = lines().size();

        // an assignment of Gemeente Oldambt that is not on her list yet: "Kiezen" takes her to the form
        WebElement row = browser.findElements(By.cssSelector("table.data tbody tr")).stream()
                .filter(r -> r.getText().contains("Gemeente Oldambt"))
                .filter(r -> !r.findElements(By.partialLinkText("Kiezen")).isEmpty())
                .findFirst()
                .orElseThrow();
        String title = row.findElement(By.cssSelector("th a")).getText();
        follow(row.findElement(By.partialLinkText("Kiezen")));
        browser.findElement(By.id("addMotivation"))
                .sendKeys("Ik wil leren hoe een gemeente aan de rand van de provincie dit aanpakt.");
        pressByKeyboard("Toevoegen aan mijn lijst");

        assertThat(status()).contains(title + " staat op plaats " + (before + 1));
        List<WebElement> lines = lines();
        assertThat(lines).hasSize(before + 1);
        assertThat(lines.get(before).getText()).contains(title);
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the focus is on the line that was added")
                .isEqualTo(lines.get(before).getAttribute("id"));
        assertAccessible();
        screenshot("trainee-preferences");

        WebElement up = lines.get(before).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Omhoog')]"));
        enter(up);
        assertThat(status()).contains(title + " staat op plaats " + before);
        assertThat(lines().get(before - 1).getText()).contains(title);

        logInAs("host");
        assertThat(heading()).isEqualTo("Kandidaten en trainees");
        assertAccessible();
        screenshot("host-home");
        follow(browser.findElement(By.linkText(title)));
        assertThat(heading()).isEqualTo("Kandidaten voor " + title);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Anna de Jong")
                .contains("Ik wil leren hoe een gemeente aan de rand van de provincie dit aanpakt.");
        assertAccessible();

        pressByKeyboard("Rangorde opslaan");
        assertThat(status()).isEqualTo("De rangorde is opgeslagen.");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("nog niet gerangschikt");
        assertAccessible();
        screenshot("host-candidates");

        // the trainee reads everything kept about her, and that the host looked at her as a candidate
        logInAs("trainee");
        follow(browser.findElement(By.partialLinkText("Mijn gegevens")));
        assertThat(heading()).isEqualTo("Mijn gegevens");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Ik wil leren hoe een gemeente aan de rand van de provincie dit aanpakt.")
                .contains("persoonsgegevens ingezien")
                .contains("kandidaten van opdracht");
        assertAccessible();
        screenshot("trainee-my-data");

        // the coordinator finds how to anonymise her after the traineeship, and why it cannot be done yet
        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Trainees")));
        follow(browser.findElement(By.linkText("Anna de Jong")));
        assertAccessible();
        WebElement confirm = browser.findElement(By.id("confirm-anonymise"));
        confirm.sendKeys(Keys.SPACE);
        pressByKeyboard("Anonimiseren");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Er is niets veranderd")
                .contains("Ronde 1");
        assertThat(heading()).isEqualTo("Anna de Jong");
        assertAccessible();
        screenshot("trainee-anonymise-refused");
    }

    @Test
    void hostProposesCoordinatorAsksForChangesHostResubmitsCoordinatorApproves() {
        logInAs("host");
        follow(browser.findElement(By.linkText("Nieuw voorstel")));
        assertAccessible();
        type("title", "Energiecoöperaties in het Oldambt");
        browser.findElement(By.id("programme")).sendKeys("Toekomst van Groningen");
        browser.findElement(By.id("domain")).sendKeys("Economie en energie");
        type("context", "Dorpen willen hun eigen energie opwekken.");
        type("tasks", "Je brengt de coöperaties in kaart.");
        type("expectedResult", "Een overzicht en een advies.");
        browser.findElement(By.id("municipality")).sendKeys("Oldambt");
        WebElement roundTwo = browser.findElement(By.xpath("//label[normalize-space()='Ronde 2']"));
        browser.findElement(By.id(roundTwo.getAttribute("for"))).sendKeys(Keys.SPACE);
        type("capacity", "1");
        type("supervisorName", "Harm Dijkstra");
        type("supervisorEmail", "harm.dijkstra@oldambt.example.org");
        pressByKeyboard("Opslaan als concept");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("opgeslagen als concept");
        assertAccessible();

        follow(browser.findElement(By.partialLinkText("Aanvullen en indienen")));
        pressByKeyboard("Voorstel indienen");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("is ingediend");

        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Voorstellen beoordelen")));
        assertAccessible();
        follow(browser.findElement(By.linkText("Energiecoöperaties in het Oldambt")));
        assertAccessible();
        browser.findElement(By.id("comment")).sendKeys("Welke dorpen doen mee?");
        pressByKeyboard("Wijzigingen vragen");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("wijzigingen gevraagd");

        logInAs("host");
        follow(browser.findElement(By.partialLinkText("Berichten")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Wijzigingen gevraagd in uw voorstel \"Energiecoöperaties in het Oldambt\"")
                .contains("Welke dorpen doen mee?");
        assertAccessible();
        follow(browser.findElement(By.linkText("Mijn voorstellen")));
        follow(browser.findElement(
                By.xpath("//a[contains(., 'Wijzigen en opnieuw indienen') and contains(., 'Energiecoöperaties')]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Welke dorpen doen mee?");
        assertAccessible();
        WebElement context = browser.findElement(By.id("context"));
        context.sendKeys(" Het gaat om Finsterwolde, Nieuwolda en Termunten.");
        pressByKeyboard("Voorstel indienen");

        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Voorstellen beoordelen")));
        follow(browser.findElement(By.linkText("Energiecoöperaties in het Oldambt")));
        pressByKeyboard("Goedkeuren");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("goedgekeurd")
                .contains("Geschiedenis van dit voorstel");
        assertAccessible();
        screenshot("proposal-history");
    }

    private static String status() {
        return browser.findElement(By.id("list-status")).getText();
    }

    private static List<WebElement> lines() {
        return browser.findElements(By.cssSelector("ol.ranking > li"));
    }
}
