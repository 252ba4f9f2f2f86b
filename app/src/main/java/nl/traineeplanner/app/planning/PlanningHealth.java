package nl.traineeplanner.app.planning;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The planner's part of {@code /actuator/health}, as the component {@code planning}: up while its job engine takes
 * runs, with how many compute and wait now over all instances; down before the engine has started and once it is
 * shutting down.
 */
@Component("planning")
class PlanningHealth implements HealthIndicator {

    private final Planner planner;

    PlanningHealth(Planner planner) {
        this.planner = planner;
    }

    @Override
    public Health health() {
        Planner.Load load = planner.load();
        Health.Builder health = load.accepting() ? Health.up() : Health.down();
        return health.withDetail("running", load.running())
                .withDetail("waiting", load.waiting())
                .withDetail("workers", load.workers())
                .build();
    }
}
