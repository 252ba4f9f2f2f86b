package nl.traineeplanner.app.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Every morning, reminds whoever is behind some days before a deadline: trainees before the preferences deadline,
 * hosts before the ranking deadline, each at most once per deadline. Off with {@code traineeplanner.reminders.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "traineeplanner.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final RoundRepository rounds;
    private final RoundProgress progress;
    private final Clock clock;
    private final int daysBefore;

    ReminderSchedule(
            RoundRepository rounds,
            RoundProgress progress,
            Clock clock,
            @Value("${traineeplanner.reminders.days-before:3}") int daysBefore) {
        this.rounds = rounds;
        this.progress = progress;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @nl.traineeplanner.app.system.SystemJob("reminders")
    void remindDueRounds() {
        LocalDate today = LocalDate.now(clock);
        for (RoundStatus status : new RoundStatus[] {RoundStatus.PREFERENCES_OPEN, RoundStatus.MATCHING}) {
            for (Round round : rounds.findByStatus(status)) {
                boolean trainees = due(today, round.getPreferencesDeadline());
                boolean hosts = due(today, round.getHostRankingDeadline());
                if (trainees || hosts) {
                    RoundProgress.Reminded reminded = progress.remindOnce(round, "planner", trainees, hosts);
                    log.info(
                            "Reminders for {}: {} trainees, {} host accounts",
                            round.getName(),
                            reminded.trainees(),
                            reminded.hosts());
                }
            }
        }
    }

    private boolean due(LocalDate today, LocalDate deadline) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        return days >= 0 && days <= daysBefore;
    }
}
