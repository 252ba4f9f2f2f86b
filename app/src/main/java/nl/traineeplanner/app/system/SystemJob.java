package nl.traineeplanner.app.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the entry of work that runs without a user (the nightly retention, the morning reminders, the demo data, a
 * planning run's job): it runs as the {@link SystemPrincipal system principal} named {@code "system:" + value}, so the
 * services it calls, which check their callers' roles, let it through, and whatever it writes says which job did it.
 * The method must be called through its bean, not from inside the same class.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SystemJob {

    /** The job's name, as the principal and the audit trail show it. */
    String value();
}
