package nl.traineeplanner.app.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In real use (profile {@code prod}) the planner refuses to start on a setting left at a weak default: no database
 * password, the database's administrator account, PostgreSQL over an unencrypted connection to another machine,
 * e-mail without STARTTLS, or links in e-mails over plain HTTP. The message names each setting and what to do.
 */
@Component
@Profile("prod")
class ProductionSettings implements ApplicationRunner {

    private final Environment environment;

    ProductionSettings(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Profile prod: the planner does not start with these settings:\n - "
                    + String.join("\n - ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username", "");
        if (environment.getProperty("spring.datasource.password", "").isBlank()) {
            problems.add("spring.datasource.password (TRAINEEPLANNER_DB_PASSWORD) is empty: give the database account a"
                    + " password and set it here.");
        }
        if (user.equalsIgnoreCase("postgres")) {
            problems.add("spring.datasource.username (TRAINEEPLANNER_DB_USER) is the administrator 'postgres': make an"
                    + " account for the planner that owns only its own database.");
        }
        if (url.startsWith("jdbc:postgresql:") && !local(url) && !encrypted(url)) {
            problems.add("spring.datasource.url (TRAINEEPLANNER_DB_URL) reaches another machine without encryption: add"
                    + " sslmode=verify-full (or require) to the address.");
        }
        if (!environment.getProperty("traineeplanner.base-url", "").startsWith("https://")) {
            problems.add("traineeplanner.base-url (TRAINEEPLANNER_BASE_URL) is not an https:// address: links in"
                    + " e-mails to set a password would travel unencrypted.");
        }
        if (!environment.getProperty("spring.mail.host", "").isBlank()
                && !"smtps".equalsIgnoreCase(environment.getProperty("spring.mail.protocol", "smtp"))
                && !environment.getProperty(
                        "spring.mail.properties.mail.smtp.starttls.required", Boolean.class, false)) {
            problems.add("spring.mail.properties.mail.smtp.starttls.required is not true: e-mail (with links to set a"
                    + " password) could go out unencrypted. Set it to true, or use spring.mail.protocol=smtps.");
        }
        String operations = environment.getProperty("traineeplanner.operations.password", "");
        if (!operations.isBlank() && !operations.startsWith("{bcrypt}") && !operations.startsWith("{argon2")) {
            problems.add("traineeplanner.operations.password (TRAINEEPLANNER_OPERATIONS_PASSWORD) is not a {bcrypt} or"
                    + " {argon2} hash: store the operations account's password encoded, never as plain text.");
        }
        if (environment
                        .getProperty("traineeplanner.login.second-factor-key", "")
                        .length()
                < 16) {
            problems.add("traineeplanner.login.second-factor-key (TRAINEEPLANNER_SECOND_FACTOR_KEY) is empty or shorter"
                    + " than 16 characters: the secrets of the authenticator apps are encrypted with it. Set a long"
                    + " random value, and keep it: a new key makes every second factor unreadable.");
        }
        return problems;
    }

    private static boolean local(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        return rest.startsWith("//localhost") || rest.startsWith("//127.0.0.1") || !rest.startsWith("//");
    }

    private static boolean encrypted(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.contains("sslmode=require") || lower.contains("sslmode=verify-");
    }
}
