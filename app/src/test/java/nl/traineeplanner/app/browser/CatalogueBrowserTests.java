package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.assignment.AssignmentsInUse;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private AssignmentsInUse inUse;

    @Autowired
    private OrganisationRepository organisations;

    /** The refusal sits at the field, in Dutch, and the page with it passes axe-core; nothing is moved. */
    @Test
    void theCoordinatorIsToldAtTheFieldThatAnAssignmentInUseKeepsItsHost() {
        Assignment used = assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).stream()
                .filter(a -> inUse.inUse(a.getId()))
                .findFirst()
                .orElseThrow();
        long hostId = used.getOrganisation().getId();
        String host = organisations.findById(hostId).orElseThrow().getName();
        logInAs("coordinator");
        browser.get("http://localhost:" + port + "/assignments/" + used.getId() + "/edit");
        Select organisation = new Select(browser.findElement(By.id("organisation")));
        String other = organisation.getOptions().stream()
                .filter(option -> !option.getAttribute("value").isEmpty())
                .map(option -> option.getText())
                .filter(name -> !name.equals(host))
                .findFirst()
                .orElseThrow();
        organisation.selectByVisibleText(other);
        press("Opslaan");

        assertThat(browser.findElement(By.id("organisation-error")).getText())
                .contains("de opdrachtgever blijft dezelfde");
        assertThat(browser.findElement(By.id("organisation")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertAccessible();
        screenshot("assignment-in-use-keeps-its-host");
        browser.get("http://localhost:" + port + "/assignments/" + used.getId());
        assertThat(main()).as("the assignment stays with its host").contains(host);
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        logInAs("host");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("#main");
    }
}
