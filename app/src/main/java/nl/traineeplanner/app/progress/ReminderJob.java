package nl.traineeplanner.app.progress;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import nl.traineeplanner.app.system.TimedJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The morning reminders at 07:00, sent by one instance of the planner (a timed job). With reminders switched off the
 * job stays in the job table and does nothing, so switching them on again needs no clean-up.
 */
@Configuration
class ReminderJob {

    static final String JOB = "reminders";

    @Bean
    RecurringTask<Void> morningReminders(
            ObjectProvider<ReminderSchedule> schedule,
            @Value("${traineeplanner.reminders.cron:0 0 7 * * *}") String cron) {
        return Tasks.recurring(JOB, Schedules.cron(cron, TimedJobs.ZONE))
                .execute((occurrence, context) -> schedule.ifAvailable(ReminderSchedule::remindDueRounds));
    }
}
