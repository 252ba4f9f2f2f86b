package nl.traineeplanner.app.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that decides whether a deadline has passed. It is the system clock, unless
 * {@code traineeplanner.today} names a date: then the clock starts at midnight of that date and runs on from there, so
 * tests and demonstrations see the deadlines as they stood on that day.
 */
@Configuration
class ClockConfiguration {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock(@Value("${traineeplanner.today:}") String today) {
        Clock system = Clock.system(NETHERLANDS);
        if (today.isBlank()) {
            return system;
        }
        LocalDate date = LocalDate.parse(today.strip());
        return Clock.offset(
                system,
                Duration.between(
                        system.instant(), date.atStartOfDay(NETHERLANDS).toInstant()));
    }
}
