package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationMoment;
import nl.traineeplanner.app.evaluation.web.EvaluationScene;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trainee and her host fill in the mid-term evaluation with the keyboard only, in a real browser, and the coordinator
 * reads the overview; axe-core checks every page on the way (WCAG 2.1 A and AA), a form with errors included.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-evaluations;DB_CLOSE_DELAY=-1")
class EvaluationBrowserTests extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void aTraineeAndHerHostFillInTheMidTermEvaluationByKeyboard() {
        EvaluationScene scene = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> EvaluationScene.publish(context));
        long hostForm = scene.form(scene.anna, EvaluationMoment.MID_TERM, EvaluationAuthor.HOST)
                .getId();

        logInAs("trainee");
        follow(browser.findElement(By.partialLinkText("Tussenevaluatie van je plaatsing bij Gemeente Oldambt")));
        assertThat(heading()).isEqualTo("Tussenevaluatie: mijn plaatsing bij Gemeente Oldambt");
        assertAccessible();

        choose("learningGoals", 4);
        browser.findElement(By.id("learningGoals.text")).sendKeys("Ik leer veel over gebiedsgericht werken.");
        pressByKeyboard("Indienen");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("Kies een score; zonder score kan de evaluatie niet worden ingediend.");
        assertThat(browser.findElement(By.id("learningGoals.text")).getAttribute("value"))
                .isEqualTo("Ik leer veel over gebiedsgericht werken.");
        assertAccessible();

        choose("contribution", 3);
        choose("supervision", 5);
        choose("again", 4);
        pressByKeyboard("Concept opslaan");
        assertThat(status()).isEqualTo("Je concept is opgeslagen. Je kunt later verder gaan.");
        assertAccessible();
        pressByKeyboard("Indienen");
        assertThat(status()).isEqualTo("Je evaluatie is ingediend.");
        assertThat(browser.findElements(By.tagName("textarea"))).isEmpty();
        assertAccessible();
        screenshot("evaluation-trainee");

        // her placement, why it is there, and where she could ask for a person to look at it
        follow(browser.findElement(By.linkText("Mijn traineeship")));
        follow(browser.findElement(By.cssSelector("ol.trajectory a")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Waarom deze plaatsing?")
                .contains("Vraag om een menselijke beoordeling");
        assertAccessible();
        screenshot("placement-trainee");

        logInAs("host");
        follow(browser.findElement(By.linkText("Alle evaluaties")));
        assertThat(heading()).isEqualTo("Evaluaties");
        assertAccessible();
        follow(browser.findElement(By.cssSelector("a[href='/host/evaluations/" + hostForm + "']")));
        assertThat(main()).contains("U ziet de zelfevaluatie van de trainee zodra u allebei");
        for (String question : new String[] {"learningGoals", "contribution", "supervision", "again"}) {
            choose(question, 5);
        }
        browser.findElement(By.id("remark")).sendKeys("Een aanwinst voor het team.");
        pressByKeyboard("Indienen");
        assertThat(status()).isEqualTo("De evaluatie is ingediend.");
        assertThat(main())
                .contains("Zelfevaluatie van de trainee")
                .contains("Ik leer veel over gebiedsgericht werken.");
        assertAccessible();
        screenshot("evaluation-host");

        logInAs("coordinator");
        browser.get("http://localhost:" + port + "/evaluations");
        assertThat(heading()).isEqualTo("Evaluaties");
        assertThat(main()).contains("Per trainee").contains("Per opdrachtgever");
        assertAccessible();
        screenshot("evaluations-overview");
        follow(browser.findElement(By.cssSelector("#per-trainee a[href='/evaluations/" + hostForm + "']")));
        assertThat(main()).contains("Een aanwinst voor het team.");
        assertAccessible();
    }

    /** Selects a score with the keyboard: the focus on the radio button, then the space bar. */
    private static void choose(String question, int score) {
        browser.findElement(By.id(question + ".score" + score)).sendKeys(Keys.SPACE);
    }

    private static String status() {
        return browser.findElement(By.id("form-status")).getText();
    }
}
