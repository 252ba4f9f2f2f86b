package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * Someone who is not signed in finds the privacy statement and the accessibility statement from the login page and
 * the footer, in Dutch and in English, and both are accessible.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-statements;DB_CLOSE_DELAY=-1")
class StatementsBrowserTests extends BrowserTest {

    @Test
    void anyoneReadsThePrivacyAndAccessibilityStatementsInDutchAndEnglish() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");

        follow(browser.findElement(By.linkText("Privacyverklaring")));
        assertThat(heading()).isEqualTo("Privacyverklaring");
        assertThat(main()).contains("privacy@traineeship.example.org").contains("artikel 22 AVG");
        assertAccessible();
        screenshot("privacy");

        follow(browser.findElement(By.cssSelector("footer")).findElement(By.linkText("Toegankelijkheid")));
        assertThat(heading()).isEqualTo("Toegankelijkheidsverklaring");
        assertThat(main())
                .contains("Status: voldoet gedeeltelijk")
                .contains("toegankelijkheid@traineeship.example.org");
        assertAccessible();
        screenshot("accessibility");

        follow(browser.findElement(By.linkText("English")));
        assertThat(heading()).isEqualTo("Accessibility statement");
        assertThat(main()).contains("Status: partially compliant");
        assertAccessible();
        screenshot("accessibility-en");

        follow(browser.findElement(By.cssSelector("footer")).findElement(By.linkText("Privacy")));
        assertThat(heading()).isEqualTo("Privacy statement");
        assertThat(main()).contains("Up to 24 months after the end of the traineeship.");
        assertAccessible();
        screenshot("privacy-en");
    }
}
