package nl.traineeplanner.app.planning;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Planning runs as jobs in the database, run by db-scheduler: a run is a row of {@code scheduled_tasks} that exactly
 * one instance picks; that instance beats a heartbeat on the row while it computes. When the heartbeat stops (the
 * instance died), another instance declares the job dead and the run failed, with no plan stored. Each instance runs
 * at most {@code traineeplanner.planner.workers} runs at a time (two, for two cores); the others wait in the table.
 */
@Configuration
class PlanningJobs {

    /** How often a computing instance says it is alive; after five missed beats its job counts as dead. */
    static final Duration HEARTBEAT = Duration.ofSeconds(2);

    static final int MISSED_HEARTBEATS = 5;

    @Bean
    OneTimeTask<Long> planningRunTask(RunExecution execution) {
        return Tasks.oneTime(RunStates.TASK, Long.class)
                .onDeadExecution((dead, operations) -> {
                    execution.abandoned(Long.parseLong(dead.getExecution().getId()));
                    operations.remove();
                })
                // the work marks its own failures on the run; a job is never tried twice
                .onFailure((failed, operations) -> operations.remove())
                .execute((job, context) -> execution.execute(Long.parseLong(job.getId())));
    }

    @Bean(destroyMethod = "stop")
    Scheduler planningScheduler(
            DataSource dataSource,
            OneTimeTask<Long> planningRunTask,
            @Value("${traineeplanner.planner.workers:2}") int workers,
            @Value("${traineeplanner.planner.shutdown-wait:30s}") Duration shutdownWait) {
        return Scheduler.create(dataSource, planningRunTask)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .threads(workers)
                .pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .enableImmediateExecution()
                .shutdownMaxWait(shutdownWait)
                .build();
    }

    /** Jobs are taken once the application is ready, not while it is still starting. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }

    /** The name this instance picks jobs under: the host, and something unique to this start. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "planner";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
