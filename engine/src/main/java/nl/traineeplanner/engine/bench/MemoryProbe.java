package nl.traineeplanner.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a piece of work and estimates the heap it needs at its peak.
 *
 * <p>Method: a full GC is requested and the heap in use is read; the peak-usage counters of all heap memory
 * pools are reset; the work runs; the peak heap is the sum of the pools' peak usage minus the heap in use
 * before. Summing per-pool peaks can overstate the true peak a little (pools peak at different moments) and
 * garbage not yet collected counts too, so the figure is an upper estimate that depends on the GC; it is
 * good for comparing methods on the same instance and JVM, not as an absolute requirement.
 */
final class MemoryProbe {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();

    private MemoryProbe() {}

    /** What the work returned, its wall-clock time and its estimated peak heap. */
    record Measured<T>(T value, long millis, long peakBytes) {

        double peakMegabytes() {
            return peakBytes / (1024.0 * 1024.0);
        }
    }

    static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean pool : HEAP_POOLS) {
            before += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        T value = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : HEAP_POOLS) {
            peak += pool.getPeakUsage().getUsed();
        }
        return new Measured<>(value, millis, Math.max(0, peak - before));
    }
}
