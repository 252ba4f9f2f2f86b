package nl.traineeplanner.app.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The jobs the planner does on its own at set times: every {@link RecurringTask} bean of a feature (the morning
 * reminders, the nightly retention, the audit seal's sweep). They are rows of the job table {@value #TABLE}, run by
 * db-scheduler: each occurrence is picked by exactly one instance, however many share the database. They have a
 * scheduler and a worker of their own, so that they never wait behind planning runs. Each finished occurrence counts in
 * {@code traineeplanner_timed_jobs_total{job, outcome}}.
 */
@Component
public class TimedJobs {

    /** The job table of the timed jobs. */
    public static final String TABLE = "timed_tasks";

    /** The zone of the times in the planner's cron expressions ("07:00" is 07:00 in Groningen). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final List<RecurringTask<?>> tasks;
    private final Scheduler scheduler;

    TimedJobs(
            DataSource dataSource,
            ObjectProvider<RecurringTask<?>> tasks,
            MeterRegistry meters,
            @Value("${traineeplanner.timed-jobs.polling-interval:10s}") Duration pollingInterval) {
        this.tasks = tasks.orderedStream().toList();
        this.scheduler = Scheduler.create(dataSource)
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .threads(1)
                .pollingInterval(pollingInterval)
                .startTasks(this.tasks)
                .addSchedulerListener(counting(meters))
                .build();
    }

    /** The timed jobs as db-scheduler tasks, for a scheduler of one's own (a test's). */
    public List<RecurringTask<?>> tasks() {
        return tasks;
    }

    /** A listener that counts each finished occurrence, by job and outcome. */
    public static AbstractSchedulerListener counting(MeterRegistry meters) {
        return new AbstractSchedulerListener() {
            @Override
            public void onExecutionComplete(ExecutionComplete complete) {
                Counter.builder("traineeplanner.timed.jobs")
                        .description("Occurrences of the planner's timed jobs that ended, by job and outcome")
                        .tag("job", complete.getExecution().taskInstance.getTaskName())
                        .tag("outcome", complete.getResult().name().toLowerCase(java.util.Locale.ROOT))
                        .register(meters)
                        .increment();
            }
        };
    }

    /** Jobs are taken once the application is ready, not while it is still starting. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.start();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        scheduler.stop();
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
