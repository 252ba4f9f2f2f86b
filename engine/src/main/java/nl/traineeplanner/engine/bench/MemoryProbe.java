package nl.traineeplanner.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a piece of work and estimates the heap it needs at its peak.
 *
 * <p>Method: a full GC is requested and the heap in use is read; the peak-usage counters of all heap memory
 * pools are reset; the work runs; the peak heap is the sum of the pools' peak usage minus the heap in use
 * before. Summing per-pool peaks can overstate the true peak a little (pools peak at different moments) and
 * garbage not yet collected counts too, so the figure is an upper estimate that depends on the GC; it is
 * good for comparing methods on the same instance and JVM, not as an absolute requirement. Its resolution is
 * coarse (the GC hands out memory in thread-local buffers of up to a few MB), so small runs may show 0.
 *
 * <p>Next to it, the bytes the calling thread allocated during the work are read from HotSpot's thread
 * bean (-1 where the JVM does not offer that): exact, but a total over the run rather than a peak, and blind
 * to other threads.
 *
 * <p>Neither sees native memory, where the optimiser's solver keeps its model. So on Linux the process's peak
 * resident set (VmHWM) is reset before the work (writing 5 to /proc/self/clear_refs) and read after it: the
 * whole JVM's peak during the run, heap and native, -1 where that is not possible.
 */
final class MemoryProbe {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();

    private MemoryProbe() {}

    /** What the work returned, its wall-clock time and its estimated peak heap. */
    record Measured<T>(T value, long millis, long peakBytes, long allocatedBytes, long peakResidentBytes) {

        double peakMegabytes() {
            return peakBytes / MEGABYTE;
        }

        /** Peak resident set of the whole process during the work in megabytes, or -1 when unknown. */
        double peakResidentMegabytes() {
            return peakResidentBytes < 0 ? -1 : peakResidentBytes / MEGABYTE;
        }

        /** Megabytes allocated by the work, or -1 when unknown. */
        double allocatedMegabytes() {
            return allocatedBytes < 0 ? -1 : allocatedBytes / MEGABYTE;
        }
    }

    private static final double MEGABYTE = 1024.0 * 1024.0;

    static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean pool : HEAP_POOLS) {
            before += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
        boolean residentReset = resetPeakResident();
        long allocatedBefore = allocatedByThisThread();
        long started = System.nanoTime();
        T value = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = allocatedBefore < 0 ? -1 : allocatedByThisThread() - allocatedBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : HEAP_POOLS) {
            peak += pool.getPeakUsage().getUsed();
        }
        long resident = residentReset ? peakResident() : -1;
        return new Measured<>(value, millis, Math.max(0, peak - before), allocated, resident);
    }

    private static boolean resetPeakResident() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: unknown
        }
        return -1;
    }

    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }
}
