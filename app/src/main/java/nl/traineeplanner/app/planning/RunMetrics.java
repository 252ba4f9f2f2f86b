package nl.traineeplanner.app.planning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The planner's own measures for operations: runs started, runs ended by outcome, the solver's time per run, and how
 * many runs compute or wait now (over all instances, from the job table). Served with the rest at
 * {@code /actuator/prometheus}.
 */
@Component
class RunMetrics {

    /** How a run ended, as the tag {@code outcome}. */
    enum Outcome {
        FINISHED,
        STOPPED,
        FAILED
    }

    private final MeterRegistry registry;
    private final Counter started;
    private final Timer solve;

    RunMetrics(MeterRegistry registry, RunStates states) {
        this.registry = registry;
        this.started = Counter.builder("traineeplanner.runs.started")
                .description("Planning runs started")
                .register(registry);
        this.solve = Timer.builder("traineeplanner.runs.solve")
                .description("Time the solver spent on a run, from its start to its plan")
                .register(registry);
        Gauge.builder("traineeplanner.runs.running", states, RunStates::computing)
                .description("Planning runs computing now")
                .strongReference(true)
                .register(registry);
        Gauge.builder("traineeplanner.runs.waiting", states, RunStates::waiting)
                .description("Planning runs waiting for a free worker")
                .strongReference(true)
                .register(registry);
    }

    void started() {
        started.increment();
    }

    void ended(Outcome outcome, Duration solving) {
        Counter.builder("traineeplanner.runs.ended")
                .description("Planning runs ended, by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
        if (solving != null) {
            solve.record(solving);
        }
    }
}
