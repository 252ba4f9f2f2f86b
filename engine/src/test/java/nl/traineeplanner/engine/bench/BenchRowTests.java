package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchRowTests {

    @Test
    void gapIsTheShareOfTheScoreAboveTheBound() {
        assertThat(BenchRow.gapPercent(200, 150)).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void provenOptimumHasNoGap() {
        assertThat(BenchRow.gapPercent(3718, 3718)).isZero();
    }

    @Test
    void zeroScoreHasNoGap() {
        assertThat(BenchRow.gapPercent(0, 0)).isZero();
    }
}
