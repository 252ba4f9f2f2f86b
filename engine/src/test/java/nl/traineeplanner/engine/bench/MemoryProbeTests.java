package nl.traineeplanner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryProbeTests {

    @Test
    void returnsTheValueOfTheWork() {
        assertThat(MemoryProbe.measure(() -> "done").value()).isEqualTo("done");
    }

    @Test
    void seesMemoryTheWorkKeeps() {
        MemoryProbe.Measured<long[]> measured = MemoryProbe.measure(() -> new long[4 * 1024 * 1024]);

        assertThat(measured.value()).hasSize(4 * 1024 * 1024);
        assertThat(measured.peakMegabytes()).isGreaterThanOrEqualTo(16.0);
    }
}
