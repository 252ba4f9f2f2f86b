package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.app.enginedata.EnginePlacements;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.explain.Explainer;
import nl.traineeplanner.engine.explain.FirstChoiceExplanation;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The coordinator reads the engine's sentences about broken rules and missed first choices with names instead of ids:
 * the application renders them from the engine's fields, never by taking an engine sentence apart.
 */
class EngineSentencesTests {

    private static final Instance INSTANCE = InstanceReader.read("""
            { "format": "traineeplanner/instance@1",
              "rounds": [ { "id": "7" } ],
              "organisations": [ { "id": "veendam", "name": "Gemeente Veendam" },
                                 { "id": "prov", "name": "Provincie Groningen" } ],
              "assignments": [
                { "id": "11", "title": "Woonvisie", "organisation": "veendam", "programme": "p", "domain": "d",
                  "rounds": ["7"] },
                { "id": "12", "title": "Energie", "organisation": "prov", "programme": "p", "domain": "d",
                  "rounds": ["7"] } ],
              "trainees": [
                { "id": "1", "name": "Ada", "excludedOrganisations": ["veendam"], "preferences": ["11", "12"] },
                { "id": "2", "name": "Bo", "preferences": ["11"] } ] }
            """, "test.json");

    /** The bundles as the application reads them (see application.properties). */
    private static final PlanningTexts TEXTS = new PlanningTexts(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    private static Placement at(String trainee, String assignment) {
        return new Placement(trainee, "7", assignment);
    }

    @Test
    void aRuleOnePlacementBreaksNamesTheTraineeTheAssignmentAndTheOrganisation() {
        List<Violation> broken = RoundDecisions.brokenRules(INSTANCE, new EnginePlacements(List.of(at("1", "11"))));
        assertThat(broken)
                .singleElement()
                .satisfies(v -> assertThat(TEXTS.brokenRule(INSTANCE, "Ronde 1", v))
                        .isEqualTo(new Text(
                                "Ada bij \"Woonvisie\": de trainee heeft organisatie Gemeente Veendam uitgesloten (H5)",
                                "Ada at \"Woonvisie\": the trainee excluded organisation Gemeente Veendam (H5)")));
    }

    @Test
    void aRuleAboutSeveralPlacementsNamesEveryoneInvolved() {
        List<Violation> broken =
                RoundDecisions.brokenRules(INSTANCE, new EnginePlacements(List.of(at("1", "12"), at("2", "12"))));
        assertThat(broken)
                .singleElement()
                .satisfies(
                        v -> assertThat(TEXTS.brokenRule(INSTANCE, "Ronde 1", v).nl())
                                .isEqualTo(
                                        "opdracht \"Energie\" neemt 1 trainee(s), in ronde Ronde 1 zijn er 2 geplaatst: Ada, Bo"
                                                + " (H3)"));
    }

    @Test
    void anAssignmentTheRoundNoLongerOffersBreaksH2() {
        List<Violation> broken = RoundDecisions.brokenRules(INSTANCE, new EnginePlacements(List.of(at("2", "99"))));
        assertThat(broken)
                .singleElement()
                .satisfies(
                        v -> assertThat(TEXTS.brokenRule(INSTANCE, "Ronde 1", v).nl())
                                .isEqualTo("Bo bij 99: de opdracht wordt in deze ronde niet aangeboden (H2)"));
    }

    @Test
    void theAppsOwnSentencesComeFromTheBundlesInBothLanguages() {
        assertThat(TEXTS.text("planning.text.holderPinned", "Ada"))
                .isEqualTo(new Text(
                        "Ada is hier vastgezet; maak die plaatsing eerst los (H7)",
                        "Ada is pinned here; unpin that placement first (H7)"));
        assertThat(TEXTS.text("planning.text.notOfferedAnyMore", "Bo", "Woonvisie"))
                .isEqualTo(new Text(
                        "Bo staat in het voorstel bij \u201cWoonvisie\u201d, maar die opdracht wordt in deze ronde niet"
                                + " meer aangeboden; plaats Bo opnieuw.",
                        "Bo is in the proposal at \u201cWoonvisie\u201d, but that assignment is no longer offered in this"
                                + " round; place Bo again."));
    }

    @Test
    void theBoardSaysWhoHasTheFirstChoiceByName() {
        Problem problem = new Problem(INSTANCE);
        // Ada excluded Woonvisie's organisation; Bo has it
        FirstChoiceExplanation ada = Explainer.explain(problem, List.of(at("1", "12"), at("2", "11")))
                .firstChoices()
                .get(0);
        assertThat(BoardBuilder.whyNotFirst(problem, ada).nl())
                .isEqualTo("Eerste keuze \u201cWoonvisie\u201d; dat mag niet anders: "
                        + "geen plaatsing bij een uitgesloten organisatie (H5).");
    }
}
