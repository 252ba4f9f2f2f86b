package nl.traineeplanner.app.planning;

import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PlanningRunTests {

    private static PlanningRun running() {
        return new PlanningRun(round(1), "A", "coordinator", LocalDateTime.now(), WeightSettings.standard(), 10, "{}");
    }

    @Test
    void aStopRequestKeepsThePlanTheEngineReturned() {
        PlanningRun run = running();
        run.finish("{\"placements\": []}", 120, 100, false, true, LocalDateTime.now());
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.STOPPED);
        assertThat(run.hasPlan()).isTrue();
        assertThat(run.getGap()).isEqualTo(20);
    }

    @Test
    void aFailedRunHasItsMessageAndNoPlan() {
        PlanningRun run = running();
        run.fail("x".repeat(5000), LocalDateTime.now());
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.FAILED);
        assertThat(run.getMessage()).hasSize(PlanningRun.MAX_MESSAGE);
        assertThat(run.hasPlan()).isFalse();
        assertThat(run.getGap()).isNull();
    }

    @Test
    void aRunEndsOnlyOnce() {
        PlanningRun run = running();
        run.finish("{}", 1, 1, true, false, LocalDateTime.now());
        assertThatIllegalStateException().isThrownBy(() -> run.fail("late", LocalDateTime.now()));
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
    }

    @Test
    void aRunWithoutPlanCannotBeAccepted() {
        PlanningRun run = running();
        assertThatIllegalStateException().isThrownBy(() -> run.markAccepted(LocalDateTime.now()));
        assertThat(run.getAcceptedAt()).isNull();
    }

    @Test
    void progressShowsNoBestBeforeTheFirstPlan() {
        assertThat(RunProgress.of(-1, 50, 10, false).best()).isNull();
        assertThat(RunProgress.of(-1, 50, 10, false).gap()).isNull();
        assertThat(RunProgress.of(80, 50, 10, false).gap()).isEqualTo(30);
    }
}
