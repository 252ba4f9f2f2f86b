package nl.traineeplanner.app.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock that runs like the planner's own ({@code traineeplanner.today} at midnight, then on), and that a test can move
 * to a later day, as time passes for the people in a walk through a whole round.
 */
final class MovableClock extends Clock {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Clock system = Clock.system(NETHERLANDS);
    private volatile Duration offset;

    MovableClock(LocalDate today) {
        moveTo(today);
    }

    /** From now on it is this day, at midnight, and the clock runs on from there. */
    void moveTo(LocalDate day) {
        offset =
                Duration.between(system.instant(), day.atStartOfDay(NETHERLANDS).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return NETHERLANDS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system, offset).withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
