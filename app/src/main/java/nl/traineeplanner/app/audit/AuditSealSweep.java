package nl.traineeplanner.app.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each minute, one instance of the planner seals any event that a crash left unsealed (a timed job). */
@Configuration
class AuditSealSweep {

    static final String JOB = "audit-seal";

    @Bean
    RecurringTask<Void> minuteSealSweep(
            AuditSealer sealer, @Value("${traineeplanner.audit.seal-every:PT1M}") Duration every) {
        return Tasks.recurring(JOB, Schedules.fixedDelay(every)).execute((occurrence, context) -> sealer.sealWaiting());
    }
}
