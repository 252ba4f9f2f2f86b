package nl.traineeplanner.app.round;

import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundTests {

    @Test
    void goesThroughItsWholeCycleInOrder() {
        Round round = round(1);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.INTAKE);
        round.openPreferences();
        round.startMatching();
        round.publish();
        round.start();
        round.close();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void publishesOnlyFromMatching() {
        Round round = round(1);
        round.openPreferences();
        assertThatIllegalStateException().isThrownBy(round::publish);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
    }

    @Test
    void cannotPublishTwice() {
        Round round = round(1);
        round.openPreferences();
        round.startMatching();
        round.publish();
        assertThatIllegalStateException().isThrownBy(round::publish);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PUBLISHED);
    }

    @Test
    void cannotSkipThePreferencesStep() {
        Round round = round(1);
        assertThatIllegalStateException().isThrownBy(round::startMatching);
    }

    @Test
    void cannotReopenPreferencesOnceMatchingStarted() {
        Round round = round(1);
        round.openPreferences();
        round.startMatching();
        assertThatIllegalStateException().isThrownBy(round::openPreferences);
    }

    @Test
    void periodRefusesAnEndBeforeTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoundPeriod(
                        LocalDate.of(2027, 9, 1),
                        LocalDate.of(2027, 8, 31),
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 6, 1)));
    }

    @Test
    void periodRefusesPreferencesClosingAfterTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoundPeriod(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 8, 31),
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2027, 1, 2)));
    }

    @Test
    void startsMatchingBeforeThePreferencesDeadlineOnlyWithAReason() {
        Round round = round(1);
        round.openPreferences();
        LocalDate deadline = round.getPreferencesDeadline();
        assertThatIllegalStateException().isThrownBy(() -> round.startMatching(deadline, " "));
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
        round.startMatching(deadline, "alle voorkeuren zijn binnen");
        assertThat(round.getStatus()).isEqualTo(RoundStatus.MATCHING);
    }

    @Test
    void startsMatchingAfterThePreferencesDeadlineWithoutAReason() {
        Round round = round(1);
        round.openPreferences();
        round.startMatching(round.getPreferencesDeadline().plusDays(1), null);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.MATCHING);
    }

    @Test
    void isOpenForPlanningFromPreferencesUntilPublication() {
        Round round = round(1);
        assertThat(round.isOpenForPlanning()).isFalse();
        round.openPreferences();
        assertThat(round.isOpenForPlanning()).isTrue();
        round.startMatching();
        assertThat(round.isOpenForPlanning()).isTrue();
        round.publish();
        assertThat(round.isOpenForPlanning()).isFalse();
    }

    @Test
    void evaluationsOpenHalfwayAndTwoWeeksBeforeTheEnd() {
        Round round = round(1); // 1 January to 31 August 2027
        assertThat(round.getMidTermEvaluationOpens()).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(round.getFinalEvaluationOpens()).isEqualTo(LocalDate.of(2027, 8, 17));
    }

    @Test
    void evaluationsMoveWithTheRoundButNotWithItsDeadlines() {
        Round round = round(1);
        round.scheduleEvaluations(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 8, 1));
        RoundPeriod dates = round.getPeriod();
        round.reschedule(new RoundPeriod(
                dates.start(),
                dates.end(),
                dates.intakeDeadline(),
                dates.preferencesDeadline(),
                dates.start().minusDays(1)));
        assertThat(round.getMidTermEvaluationOpens()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(round.getFinalEvaluationOpens()).isEqualTo(LocalDate.of(2027, 8, 1));

        round.reschedule(new RoundPeriod(
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 20),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1)));
        // a round shorter than four weeks: the final evaluation opens with the mid-term one
        assertThat(round.getMidTermEvaluationOpens()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(round.getFinalEvaluationOpens()).isEqualTo(LocalDate.of(2027, 2, 10));
    }

    @Test
    void evaluationsOpenWithinTheRoundAndTheFinalOneNotFirst() {
        Round round = round(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> round.scheduleEvaluations(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 8, 1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> round.scheduleEvaluations(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> round.scheduleEvaluations(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1)));
        assertThat(round.getMidTermEvaluationOpens()).isEqualTo(LocalDate.of(2027, 5, 2));
    }
}
