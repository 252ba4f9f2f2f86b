package nl.traineeplanner.app.planning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The planner's own measures for operations: runs started, runs ended by outcome, the solver's time per run, and how
 * many runs compute or wait now. Served with the rest at {@code /actuator/prometheus}.
 */
final class RunMetrics {

    /** How a run ended, as the tag {@code outcome}. */
    enum Outcome {
        FINISHED,
        STOPPED,
        FAILED,
        REFUSED
    }

    private final MeterRegistry registry;
    private final Counter started;
    private final Timer solve;

    RunMetrics(MeterRegistry registry, Supplier<Number> running, Supplier<Number> waiting) {
        this.registry = registry;
        this.started = Counter.builder("traineeplanner.runs.started")
                .description("Planning runs started")
                .register(registry);
        this.solve = Timer.builder("traineeplanner.runs.solve")
                .description("Time the solver spent on a run, from its start to its plan")
                .register(registry);
        registry.gauge("traineeplanner.runs.running", running, s -> s.get().doubleValue());
        registry.gauge("traineeplanner.runs.waiting", waiting, s -> s.get().doubleValue());
    }

    void started() {
        started.increment();
    }

    void ended(Outcome outcome, Duration solving) {
        Counter.builder("traineeplanner.runs.ended")
                .description("Planning runs ended, by outcome")
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
        if (solving != null) {
            solve.record(solving);
        }
    }
}
