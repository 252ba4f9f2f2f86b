package nl.traineeplanner.app.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import nl.traineeplanner.app.system.TimedJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention period applied every night at 03:30, by one instance of the planner (a timed job). */
@Configuration
class RetentionJob {

    static final String JOB = "retention";

    @Bean
    RecurringTask<Void> nightlyRetention(
            Retention retention, @Value("${traineeplanner.retention.cron:0 30 3 * * *}") String cron) {
        return Tasks.recurring(JOB, Schedules.cron(cron, TimedJobs.ZONE))
                .execute((occurrence, context) -> retention.nightly());
    }
}
