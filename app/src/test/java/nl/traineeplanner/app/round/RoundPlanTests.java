package nl.traineeplanner.app.round;

import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a round's dates as typed, each told on its field, and the dates suggested for a new cohort. */
class RoundPlanTests {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static RoundPlan plan(String start, String end, String intake, String preferences, String ranking) {
        return new RoundPlan(
                "Ronde 1",
                start == null ? null : day(start),
                end == null ? null : day(end),
                intake == null ? null : day(intake),
                preferences == null ? null : day(preferences),
                ranking == null ? null : day(ranking),
                null,
                null);
    }

    private static List<String> broken(RoundPlan plan) {
        return plan.problems().stream().map(p -> p.field() + " " + p.code()).toList();
    }

    @Test
    void suggestsConsecutiveRoundsOfEightMonthsWithDeadlinesInOrder() {
        List<RoundPlan> suggested = RoundPlan.suggested(day("2027-09-01"), 3);

        assertThat(suggested).extracting(RoundPlan::name).containsExactly("Ronde 1", "Ronde 2", "Ronde 3");
        assertThat(suggested)
                .extracting(RoundPlan::start)
                .containsExactly(day("2027-09-01"), day("2028-05-01"), day("2029-01-01"));
        assertThat(suggested)
                .extracting(RoundPlan::end)
                .containsExactly(day("2028-04-30"), day("2028-12-31"), day("2029-08-31"));
        assertThat(suggested.get(0).intakeDeadline()).isEqualTo(day("2027-06-01"));
        assertThat(suggested.get(0).preferencesDeadline()).isEqualTo(day("2027-07-21"));
        assertThat(suggested.get(0).hostRankingDeadline()).isEqualTo(day("2027-07-28"));
        assertThat(suggested).allSatisfy(plan -> assertThat(plan.problems()).isEmpty());
    }

    @Test
    void everyDateOutOfOrderIsToldOnItsField() {
        assertThat(broken(plan("2027-09-01", "2027-08-31", "2027-06-01", "2027-07-21", "2027-07-28")))
                .containsExactly("end round.invalid.endBeforeStart");
        assertThat(broken(plan("2027-09-01", "2028-04-30", "2027-06-01", "2027-05-31", "2027-06-07")))
                .containsExactly("preferencesDeadline round.invalid.preferencesBeforeIntake");
        assertThat(broken(plan("2027-09-01", "2028-04-30", "2027-06-01", "2027-09-01", "2027-08-31")))
                .containsExactly(
                        "preferencesDeadline round.invalid.preferencesNotBeforeStart",
                        "hostRankingDeadline round.invalid.rankingBeforePreferences");
        assertThat(broken(plan("2027-09-01", "2028-04-30", "2027-06-01", "2027-07-21", "2027-09-01")))
                .containsExactly("hostRankingDeadline round.invalid.rankingNotBeforeStart");
        assertThat(broken(plan(null, "2028-04-30", "2027-06-01", "2027-07-21", "2027-07-28")))
                .containsExactly("start round.invalid.date.required");
    }

    @Test
    void evaluationDaysTypedLieWithinTheRoundAndTheFinalOneNotFirst() {
        RoundPlan good = plan("2027-09-01", "2028-04-30", "2027-06-01", "2027-07-21", "2027-07-28");
        assertThat(good.midTermOrStandard()).isEqualTo(day("2027-12-31"));
        assertThat(good.finalOrStandard()).isEqualTo(day("2028-04-16"));

        assertThat(broken(good.withEvaluations(day("2027-08-31"), null)))
                .containsExactly("midTermEvaluationOpens round.invalid.evaluationOutside");
        assertThat(broken(good.withEvaluations(null, day("2028-05-01"))))
                .containsExactly("finalEvaluationOpens round.invalid.evaluationOutside");
        assertThat(broken(good.withEvaluations(day("2028-02-01"), day("2028-01-01"))))
                .containsExactly("finalEvaluationOpens round.invalid.finalBeforeMidTerm");
        // a mid-term day after the standard final day moves the standard final day with it
        assertThat(good.withEvaluations(day("2028-04-20"), null).finalOrStandard())
                .isEqualTo(day("2028-04-20"));
    }

    @Test
    void theStartAndEndAreFixedOncePublished() {
        Round round = round(1);
        round.openPreferences();
        round.startMatching();
        assertThat(round.hasFixedPeriod()).isFalse();
        round.publish();
        assertThat(round.hasFixedPeriod()).isTrue();
        round.start();
        round.close();
        assertThat(round.hasFixedPeriod()).isTrue();
    }
}
