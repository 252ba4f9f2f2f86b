package nl.traineeplanner.app.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lets features run jobs on a schedule, such as the morning reminders before deadlines. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
