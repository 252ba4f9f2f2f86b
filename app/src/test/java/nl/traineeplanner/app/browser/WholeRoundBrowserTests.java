package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * One round of the traineeship from start to end, in a real browser, by people whose accounts are made in the
 * application, as the days pass:
 *
 * <ol>
 *   <li>the coordinator invites Ineke Bakker, a host user of Gemeente Oldambt, and the trainee Chantal Meijer; each chooses a
 *       password through their link;
 *   <li>the host drafts and submits a proposal for round 2; the coordinator asks for changes with a comment; the host
 *       resubmits; the coordinator approves it and opens round 2 for preferences;
 *   <li>the trainee finds the assignment on the map and puts it first on her list with a motivation, with the
 *       keyboard only;
 *   <li>the host ranks her, with the keyboard only;
 *   <li>after the deadlines the coordinator starts the matching, runs it, reads why, takes the plan and publishes it;
 *   <li>the trainee and the host both see the placement;
 *   <li>on the day the mid-term evaluation opens, both fill it in with the keyboard, and the coordinator reads both.
 * </ol>
 *
 * axe-core checks every page on the way (WCAG 2.1 A and AA).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-whole-round;DB_CLOSE_DELAY=-1")
class WholeRoundBrowserTests extends BrowserTest {

    private static final String TITLE = "Warmtenetten in het Oldambt";
    private static final String HOST = "ineke.bakker@oldambt.example.org";
    private static final String HOST_PASSWORD = "kwelders en wierden langs de Dollard";
    private static final String TRAINEE = "chantal.meijer@example.org";
    private static final String TRAINEE_PASSWORD = "zeven blauwe kraanvogels boven het Zuidlaardermeer";
    private static final String MOTIVATION = "Ik wil leren hoe een dorp samen van het gas af gaat.";

    @TestConfiguration
    static class PassingDays {

        @Bean
        @Primary
        MovableClock movableClock(@Value("${traineeplanner.today}") String today) {
            return new MovableClock(LocalDate.parse(today));
        }
    }

    @Autowired
    private MovableClock clock;

    @Autowired
    private Clock plannersClock;

    @Autowired
    private RoundRepository rounds;

    @Test
    void aRoundFromProposalToEvaluationsByPeopleInvitedInTheApplication() {
        assertThat(plannersClock).as("the planner runs on the test's clock").isSameAs(clock);

        // 1. accounts made in the application
        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Accounts")));
        type("host-name", "Ineke Bakker");
        type("host-email", HOST);
        new Select(browser.findElement(By.id("host-organisation"))).selectByVisibleText("Gemeente Oldambt");
        pressByKeyboard("Opdrachtgever uitnodigen");
        String hostLink = invitationLink();
        assertAccessible();
        WebElement email = browser.findElement(By.xpath("//tr[th[normalize-space()='Chantal Meijer']]"))
                .findElement(By.cssSelector("input[type=email]"));
        email.clear();
        enter(email, TRAINEE);
        String traineeLink = invitationLink();
        choosePassword(hostLink, HOST_PASSWORD);
        choosePassword(traineeLink, TRAINEE_PASSWORD);

        // 2. the host's proposal, sent back once and approved
        logIn(HOST, HOST_PASSWORD);
        assertThat(heading()).isEqualTo("Kandidaten en trainees");
        follow(browser.findElement(By.linkText("Nieuw voorstel")));
        type("title", TITLE);
        browser.findElement(By.id("programme")).sendKeys("Toekomst van Groningen");
        browser.findElement(By.id("domain")).sendKeys("Economie en energie");
        type("context", "Drie dorpen willen samen een warmtenet.");
        type("tasks", "Je zet de keuzes voor de dorpen op een rij.");
        type("expectedResult", "Een advies aan het college.");
        browser.findElement(By.id("municipality")).sendKeys("Oldambt");
        WebElement roundTwo = browser.findElement(By.xpath("//label[normalize-space()='Ronde 2']"));
        browser.findElement(By.id(roundTwo.getAttribute("for"))).sendKeys(Keys.SPACE);
        type("capacity", "1");
        type("supervisorName", "Ineke Bakker");
        type("supervisorEmail", HOST);
        pressByKeyboard("Opslaan als concept");
        assertThat(main()).contains("opgeslagen als concept");
        assertAccessible();
        follow(browser.findElement(By.partialLinkText("Aanvullen en indienen")));
        pressByKeyboard("Voorstel indienen");
        assertThat(main()).contains("is ingediend");

        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Voorstellen beoordelen")));
        follow(browser.findElement(By.linkText(TITLE)));
        browser.findElement(By.id("comment")).sendKeys("Welke drie dorpen?");
        pressByKeyboard("Wijzigingen vragen");
        assertThat(main()).contains("wijzigingen gevraagd");

        logIn(HOST, HOST_PASSWORD);
        follow(browser.findElement(By.linkText("Mijn voorstellen")));
        follow(browser.findElement(
                By.xpath("//a[contains(., 'Wijzigen en opnieuw indienen') and contains(., '" + TITLE + "')]")));
        assertThat(main()).contains("Welke drie dorpen?");
        browser.findElement(By.id("context")).sendKeys(" Het gaat om Finsterwolde, Nieuwolda en Termunten.");
        pressByKeyboard("Voorstel indienen");

        logInAs("coordinator");
        follow(browser.findElement(By.linkText("Voorstellen beoordelen")));
        follow(browser.findElement(By.linkText(TITLE)));
        pressByKeyboard("Goedkeuren");
        assertThat(main()).contains("goedgekeurd");
        openRound("Ronde 2");
        pressByKeyboard("Voorkeuren openen");
        assertAccessible();

        // 3. the trainee finds it on the map, and puts it first on her list by keyboard
        logIn(TRAINEE, TRAINEE_PASSWORD);
        assertThat(heading()).isEqualTo("Mijn traineeship");
        follow(browser.findElement(By.partialLinkText("Kies je voorkeuren voor Ronde 2")));
        assertThat(browser.findElements(By.cssSelector("figure.province-map g.marker title")))
                .as("the assignment is on the map")
                .anySatisfy(
                        title -> assertThat(title.getAttribute("textContent")).contains(TITLE));
        assertAccessible();
        if (lines().isEmpty()) {
            choose(row(false), "Een goede tweede keus.");
        }
        choose(row(true), MOTIVATION);
        List<String> list = lines().stream().map(WebElement::getText).toList();
        int at = list.size() - 1;
        assertThat(list.get(at)).as("a new choice goes to the end of the list").contains(TITLE);
        for (; at > 0; at--) {
            WebElement up =
                    lines().get(at).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Omhoog')]"));
            enter(up);
        }
        assertThat(browser.findElement(By.id("list-status")).getText()).contains(TITLE + " staat op plaats 1");
        assertAccessible();
        screenshot("whole-round-preferences");

        // 4. the host ranks her
        logIn(HOST, HOST_PASSWORD);
        follow(browser.findElement(By.linkText(TITLE)));
        assertThat(main()).contains("Chantal Meijer").contains(MOTIVATION);
        pressByKeyboard("Rangorde opslaan");
        assertThat(browser.findElement(By.id("list-status")).getText()).isEqualTo("De rangorde is opgeslagen.");
        assertAccessible();

        // 5. after both deadlines: the coordinator matches, reads why, and publishes
        Round round = roundTwo();
        LocalDate lastDeadline = round.getHostRankingDeadline().isAfter(round.getPreferencesDeadline())
                ? round.getHostRankingDeadline()
                : round.getPreferencesDeadline();
        clock.moveTo(lastDeadline.plusDays(1));
        logInAs("coordinator");
        openRound("Ronde 2");
        pressByKeyboard("Matching starten");
        assertThat(main()).contains("De matching voor Ronde 2 is gestart");
        WebElement timeLimit = browser.findElement(By.id("timeLimitSeconds"));
        timeLimit.clear();
        timeLimit.sendKeys("20");
        browser.findElement(By.name("name")).sendKeys("Ronde 2");
        pressByKeyboard("Berekening starten");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.id("board-heading")).isEmpty());
        WebElement chantal = browser.findElement(
                By.xpath("//table[contains(@class,'board')]//tr[th[contains(., 'Chantal Meijer')]]"));
        assertThat(chantal.findElement(By.cssSelector("td.proposed")).getText()).contains("Gemeente Oldambt");
        assertAccessible();
        screenshot("whole-round-board");
        pressByKeyboard("Dit plan aannemen als voorstel");
        openRound("Ronde 2");
        browser.findElement(By.id("confirm")).sendKeys(Keys.SPACE);
        pressByKeyboard("Voorstel publiceren");
        assertThat(main()).contains("Ronde 2 is gepubliceerd");

        // 6. both see the placement
        logIn(TRAINEE, TRAINEE_PASSWORD);
        assertThat(main()).contains(TITLE).contains("Gemeente Oldambt");
        follow(browser.findElement(By.cssSelector("ol.trajectory a")));
        assertThat(main()).contains(TITLE).contains("Waarom deze plaatsing?").contains("Ineke Bakker");
        assertAccessible();
        screenshot("whole-round-placement");
        logIn(HOST, HOST_PASSWORD);
        assertThat(browser.findElement(By.xpath("//h2[normalize-space()='Geplaatste trainees']/following::table[1]"))
                        .getText())
                .contains("Chantal Meijer");
        assertAccessible();

        // 7. the mid-term evaluation, on the day it opens
        clock.moveTo(roundTwo().getMidTermEvaluationOpens());
        logIn(TRAINEE, TRAINEE_PASSWORD);
        follow(browser.findElement(By.partialLinkText("Tussenevaluatie van je plaatsing bij Gemeente Oldambt")));
        for (String question : List.of("learningGoals", "contribution", "supervision", "again")) {
            score(question, 4);
        }
        browser.findElement(By.id("learningGoals.text")).sendKeys("Ik leer hoe een dorp samen besluit.");
        pressByKeyboard("Indienen");
        assertThat(browser.findElement(By.id("form-status")).getText()).isEqualTo("Je evaluatie is ingediend.");
        assertAccessible();

        logIn(HOST, HOST_PASSWORD);
        follow(browser.findElement(By.linkText("Alle evaluaties")));
        follow(browser.findElement(
                By.xpath("//tr[contains(., 'Chantal Meijer') and contains(., 'Tussenevaluatie')]//a")));
        for (String question : List.of("learningGoals", "contribution", "supervision", "again")) {
            score(question, 5);
        }
        browser.findElement(By.id("remark")).sendKeys("Ze brengt de dorpen bij elkaar.");
        pressByKeyboard("Indienen");
        assertThat(main()).contains("Zelfevaluatie van de trainee").contains("Ik leer hoe een dorp samen besluit.");
        assertAccessible();

        logInAs("coordinator");
        browser.get("http://localhost:" + port + "/evaluations");
        WebElement row =
                browser.findElement(By.xpath("//table[@id='per-trainee']//tr[th[normalize-space()='Chantal Meijer']]"
                        + "[contains(., 'Tussenevaluatie Ronde 2')]"));
        assertThat(row.getText()).contains(TITLE).contains("Gemeente Oldambt");
        assertThat(row.findElements(By.xpath("./td[position() >= 4]")))
                .extracting(WebElement::getText)
                .as("both forms are in")
                .allSatisfy(status -> assertThat(status).startsWith("ingediend op"));
        assertAccessible();
        follow(row.findElement(By.linkText("Tussenevaluatie Ronde 2")));
        assertThat(main()).contains("Ze brengt de dorpen bij elkaar.");
        assertAccessible();
        screenshot("whole-round-evaluation");
    }

    private Round roundTwo() {
        return rounds.findAllByOrderByStartDate().stream()
                .filter(r -> r.getName().equals("Ronde 2"))
                .findFirst()
                .orElseThrow();
    }

    private void choosePassword(String link, String password) {
        browser.manage().deleteAllCookies();
        browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
        assertThat(heading()).isEqualTo("Wachtwoord kiezen");
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement repeat = browser.findElement(By.id("repeat"));
        enter(repeat, password);
        assertThat(browser.findElement(By.cssSelector(".message.info")).getText())
                .contains("Je wachtwoord is opgeslagen");
    }

    private static String invitationLink() {
        String link = browser.findElement(By.cssSelector("code.link")).getText();
        assertThat(link).contains("/password/set?token=");
        return link;
    }

    private static void openRound(String name) {
        follow(browser.findElement(By.linkText("Rondes en planning")));
        follow(browser.findElement(By.linkText(name)));
    }

    /** "Kiezen" on a row of the list of assignments, a motivation, and "Toevoegen aan mijn lijst", by keyboard. */
    private static void choose(WebElement row, String motivation) {
        follow(row.findElement(By.partialLinkText("Kiezen")));
        browser.findElement(By.id("addMotivation")).sendKeys(motivation);
        pressByKeyboard("Toevoegen aan mijn lijst");
    }

    /** A row of the round's assignments that she can still choose: the new assignment, or any other. */
    private static WebElement row(boolean theNewOne) {
        return browser.findElements(By.cssSelector("table.data tbody tr")).stream()
                .filter(r -> r.getText().contains(TITLE) == theNewOne)
                .filter(r -> !r.findElements(By.partialLinkText("Kiezen")).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static List<WebElement> lines() {
        return browser.findElements(By.cssSelector("ol.ranking > li"));
    }

    /** Selects a score with the keyboard: the focus on the radio button, then the space bar. */
    private static void score(String question, int score) {
        browser.findElement(By.id(question + ".score" + score)).sendKeys(Keys.SPACE);
    }
}
