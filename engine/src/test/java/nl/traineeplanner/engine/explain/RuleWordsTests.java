package nl.traineeplanner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.check.RuleChecker;
import nl.traineeplanner.engine.check.Violation;
import nl.traineeplanner.engine.explain.FirstChoiceExplanation.Reason;
import nl.traineeplanner.engine.io.PinChecks;
import org.junit.jupiter.api.Test;

/**
 * Broken rules and missed first choices carry their ids and figures as fields, and their sentences are rendered from
 * those fields in one place, so that a reader can name things its own way without taking a sentence apart.
 */
class RuleWordsTests {

    /** Names that make every id visibly different from itself. */
    private static final Names SHOUTED = new Names() {
        @Override
        public String trainee(String id) {
            return "Trainee " + id;
        }

        @Override
        public String assignment(String id) {
            return "\u201c" + id + "\u201d";
        }

        @Override
        public String organisation(String id) {
            return "Gemeente " + id;
        }

        @Override
        public String round(String id) {
            return "ronde-" + id;
        }
    };

    private static Placement at(String trainee, String round, String assignment) {
        return new Placement(trainee, round, assignment);
    }

    private static InstanceBuilder instance() {
        return InstanceBuilder.withRounds("R1", "R2")
                .organisation("near", 53.22, 6.57)
                .organisation("far", 53.0, 7.13)
                .assignment("NEAR", "near")
                .assignment("NEAR2", "near")
                .assignment("FAR", "far")
                .trainee("T1", t -> t.home(53.22, 6.60).maxTravelKm(20).preferences("FAR", "NEAR"))
                .trainee("T2", t -> t.excludes("far"));
    }

    @Test
    void aBrokenRuleCarriesItsFiguresAndIsWordedFromThem() {
        Problem problem = instance().problem();
        List<Violation> violations = RuleChecker.check(
                problem, List.of(at("T1", "R1", "FAR"), at("T2", "R1", "NEAR"), at("T2", "R2", "NEAR2")));
        assertThat(violations)
                .extracting(Violation::kind)
                .containsExactly(Violation.Kind.ORGANISATION_TWICE, Violation.Kind.BEYOND_TRAVEL_LIMIT);

        Violation twice = violations.get(0);
        assertThat(twice.trainee()).isEqualTo("T2");
        assertThat(twice.organisation()).isEqualTo("near");
        assertThat(twice.other()).isEqualTo(at("T2", "R1", "NEAR"));
        assertThat(twice.assignment()).isEqualTo("NEAR2");
        assertThat(twice.dutch())
                .isEqualTo("trainee T2 is twee keer bij organisatie near: NEAR in ronde R1 en NEAR2 in ronde R2");
        assertThat(RuleWords.detail(twice, SHOUTED).nl())
                .isEqualTo("trainee Trainee T2 is twee keer bij organisatie Gemeente near: \u201cNEAR\u201d in ronde"
                        + " ronde-R1 en \u201cNEAR2\u201d in ronde ronde-R2");

        Violation far = violations.get(1);
        assertThat(far.rule()).isEqualTo(Rule.H6);
        assertThat(far.distanceKm())
                .isEqualTo(RuleWords.distanceKm(problem, 0, 2))
                .isGreaterThan(20);
        assertThat(far.limitKm()).isEqualTo(20.0);
        assertThat(far.english())
                .isEqualTo("trainee T1 at FAR in round R1: the assignment is " + far.distanceKm()
                        + " km from the trainee's home, beyond the limit of 20 km");
    }

    @Test
    void rulesAboutSeveralPlacementsListWhatTheyAreAbout() {
        var instance = InstanceBuilder.withRounds("R1")
                .organisation("o1")
                .organisation("o2")
                .assignment("A1", "o1")
                .assignment("A2", "o2")
                .trainee("T1")
                .trainee("T2");
        List<Violation> violations = RuleChecker.check(
                instance.problem(), List.of(at("T1", "R1", "A1"), at("T1", "R1", "A2"), at("T2", "R1", "A1")));
        assertThat(violations)
                .extracting(Violation::kind)
                .containsExactly(Violation.Kind.TWO_IN_ONE_ROUND, Violation.Kind.OVER_CAPACITY);
        assertThat(violations.get(0).together()).containsExactly("A1", "A2");
        assertThat(violations.get(1).together()).containsExactly("T1", "T2");
        assertThat(violations.get(1).capacity()).isEqualTo(1);
        assertThat(RuleWords.detail(violations.get(1), SHOUTED).en())
                .isEqualTo("assignment \u201cA1\u201d takes 1 trainee(s), in round ronde-R1 2 are placed: Trainee T1,"
                        + " Trainee T2");
    }

    @Test
    void theCheckThePinsAndTheExplanationsSayASinglePlacementRuleInTheSameWords() {
        Problem problem = instance().problem();
        Violation checked =
                RuleChecker.check(problem, List.of(at("T2", "R1", "FAR"))).get(0);
        Text pinned = PinChecks.conflicts(problem, List.of(at("T2", "R1", "FAR")))
                .get(0)
                .text();
        assertThat(checked.dutch()).endsWith(": de trainee heeft organisatie far uitgesloten");
        assertThat(pinned.nl()).isEqualTo("de trainee heeft organisatie \"far\" uitgesloten (H5)");
        assertThat(RuleWords.detail(checked, SHOUTED).en()).isEqualTo("the trainee excluded organisation Gemeente far");
    }

    @Test
    void aMissedFirstChoiceCarriesTheRuleAndItsFigures() {
        Problem problem = instance().problem();
        // T1 ranks FAR first, beyond its travel limit
        Explanations explanations = Explainer.explain(problem, List.of(at("T1", "R1", "NEAR"), at("T1", "R2", "FAR")));
        FirstChoiceExplanation r1 = explanations.firstChoices().get(0);
        assertThat(r1.round()).isEqualTo("R1");
        assertThat(r1.reason()).isEqualTo(Reason.FORBIDDEN);
        assertThat(r1.rule()).isEqualTo(Rule.H6);
        assertThat(r1.organisation()).isEqualTo("far");
        assertThat(r1.limitKm()).isEqualTo(20.0);
        assertThat(r1.distanceKm()).isGreaterThan(20);
        assertThat(r1.text().en())
                .isEqualTo("FAR is " + r1.distanceKm() + " km from T1's home, beyond the limit of 20 km (H6)");
        assertThat(FirstChoiceWords.text(r1, SHOUTED).en())
                .startsWith("\u201cFAR\u201d is ")
                .contains("Trainee T1's");
        assertThat(FirstChoiceWords.board(r1, SHOUTED).en())
                .isEqualTo("First choice \u201cFAR\u201d; that cannot change: " + Rule.H6.english() + " (H6).");
    }

    @Test
    void aSwapBlockedByAnotherRoundCarriesThatRound() {
        var instance = InstanceBuilder.withRounds("R1", "R2")
                .organisation("o1")
                .organisation("o2")
                .organisation("o3")
                .assignment("A1", "o1", a -> a.rounds("R1"))
                .assignment("A2", "o2", a -> a.rounds("R1"))
                .assignment("B2", "o2", a -> a.rounds("R2"))
                .assignment("B3", "o3", a -> a.rounds("R2"))
                .trainee("T1", t -> t.preferences("A1", "A2"))
                .trainee("T2");
        Explanations explanations = Explainer.explain(
                instance.problem(),
                List.of(at("T1", "R1", "A2"), at("T1", "R2", "B3"), at("T2", "R1", "A1"), at("T2", "R2", "B2")));
        FirstChoiceExplanation f = explanations.firstChoices().get(0);
        assertThat(f.reason()).isEqualTo(Reason.SWAP_FORBIDDEN);
        assertThat(f.current()).isEqualTo("A2");
        assertThat(f.organisation()).isEqualTo("o2");
        assertThat(f.otherRound()).isEqualTo("R2");
        assertThat(FirstChoiceWords.text(f, SHOUTED).nl())
                .isEqualTo("eerste keuze \u201cA1\u201d is gegeven aan Trainee T2; ruilen kan niet: Trainee T2 is in"
                        + " ronde ronde-R2 al bij Gemeente o2 (H4)");
    }
}
