package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * A real person gets an account: the coordinator invites a trainee (e-mail is off, so the page shows the link), the
 * trainee opens the link, is refused a common password, chooses a good one and signs in to "Mijn traineeship".
 * axe-core checks every page on the way.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-accounts;DB_CLOSE_DELAY=-1")
class AccountsBrowserTests extends BrowserTest {

    @Test
    void coordinatorInvitesATraineeWhoChoosesAPasswordAndSignsIn() {
        logInAs("coordinator");
        browser.findElement(By.linkText("Accounts")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accounts");
        assertAccessible();

        WebElement row = browser.findElement(By.xpath("//tr[th[normalize-space()='Chantal Meijer']]"));
        WebElement email = row.findElement(By.cssSelector("input[type=email]"));
        email.clear();
        enter(email, "chantal.meijer@example.org");
        String link = browser.findElement(By.cssSelector("code.link")).getText();
        assertThat(link).contains("/password/set?token=");
        assertAccessible();
        screenshot("accounts");

        browser.manage().deleteAllCookies();
        browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wachtwoord kiezen");
        assertAccessible();
        choose("wachtwoord123");
        assertThat(browser.findElement(By.cssSelector(".message.error")).getText())
                .contains("te makkelijk te raden");
        assertAccessible();
        choose("zeven blauwe kraanvogels boven het Zuidlaardermeer");

        assertThat(browser.findElement(By.cssSelector(".message.info")).getText())
                .contains("Je wachtwoord is opgeslagen");
        browser.findElement(By.name("username")).sendKeys("chantal.meijer@example.org");
        WebElement password = browser.findElement(By.name("password"));
        enter(password, "zeven blauwe kraanvogels boven het Zuidlaardermeer");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn traineeship");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Welkom, Chantal Meijer");
    }

    /**
     * A coordinator invites a successor by keyboard: an address in use is refused at the e-mail field (tied to it for a
     * screen reader, with a link to it at the top of the page), what was typed stays, and the corrected invitation
     * shows its link and lists the account as a programme coordinator.
     */
    @Test
    void coordinatorInvitesAFellowCoordinatorAndIsToldAtTheFieldWhatIsWrong() {
        logInAs("coordinator");
        browser.findElement(By.linkText("Accounts")).click();
        type("coordinator-name", "Fenna Kuipers");
        type("coordinator-email", "coordinator@example.org");
        pressByKeyboard("Programmacoördinator uitnodigen");

        WebElement email = browser.findElement(By.id("coordinator-email"));
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(email.getAttribute("aria-describedby")))
                        .getText())
                .contains("Dit e-mailadres is al in gebruik: coordinator@example.org");
        assertThat(browser.findElement(By.cssSelector("#accounts-error a")).getAttribute("href"))
                .endsWith("#coordinator-email");
        assertThat(browser.findElement(By.id("coordinator-name")).getAttribute("value"))
                .isEqualTo("Fenna Kuipers");
        assertThat(browser.findElement(By.id("coordinator-name")).getAttribute("aria-invalid"))
                .isNull();
        assertAccessible();

        type("coordinator-email", "fenna.kuipers@example.org");
        pressByKeyboard("Programmacoördinator uitnodigen");
        assertThat(browser.findElement(By.cssSelector("code.link")).getText()).contains("/password/set?token=");
        assertThat(browser.findElement(By.xpath("//tr[th[normalize-space()='Fenna Kuipers']]"))
                        .getText())
                .contains("fenna.kuipers@example.org", "programmacoördinator");
        assertAccessible();
        screenshot("accounts-coordinator");
    }

    @Test
    void theCoordinatorsRoundPagesAreAccessible() {
        logInAs("coordinator");
        browser.findElement(By.linkText("Rondes en planning")).click();
        browser.findElement(By.partialLinkText("Nieuwe lichting")).click();
        assertAccessible();
        browser.findElement(By.linkText("Rondes en planning")).click();
        browser.findElement(By.linkText("Ronde 1")).click();
        browser.findElement(By.partialLinkText("Voortgang van trainees en opdrachtgevers"))
                .click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Voortgang van Ronde 1");
        assertAccessible();
        screenshot("round-progress");
        browser.navigate().back();
        browser.findElement(By.partialLinkText("Ronde wijzigen")).click();
        assertAccessible();
        browser.findElement(By.linkText("Voorstellen beoordelen")).click();
        assertAccessible();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext context;

    /** The second step of signing in, the code of the authenticator app, meets WCAG 2.1 AA too, and lets one in. */
    @Test
    void theCodeOfTheAuthenticatorAppIsAskedOnAnAccessiblePage() {
        String secret = nl.traineeplanner.app.account.SecondFactorForTests.setUp(context, "provincie");
        logInAs("provincie");
        assertThat(browser.getCurrentUrl()).contains("/login/totp");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible();
        screenshot("second-factor-code");

        WebElement code = browser.findElement(By.id("code"));
        enter(code, nl.traineeplanner.app.account.SecondFactorForTests.codeNow(context, secret));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private static void choose(String newPassword) {
        browser.findElement(By.id("password")).sendKeys(newPassword);
        WebElement repeat = browser.findElement(By.id("repeat"));
        enter(repeat, newPassword);
    }
}
