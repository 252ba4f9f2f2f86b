package nl.traineeplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup and restore procedures of the README, done as a user would: a backup of the embedded database (H2's
 * SCRIPT) read back into an empty database holds the same rows; a pg_dump of a PostgreSQL database restored with
 * pg_restore into a new, empty database holds its data. The second runs where PostgreSQL and its tools are
 * present (CI has both).
 */
@WebAppTest
class BackupAndRestoreTests {

    private static final List<String> TABLES =
            List.of("cohort", "planning_round", "trainee", "assignment", "trainee_preference", "user_account");

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path backups;

    @Test
    void anEmbeddedDatabaseBackupRestoresIntoAnEmptyDatabaseWithEveryRow() throws SQLException {
        Path backup = backups.resolve("traineeplanner-backup.zip");
        jdbc.execute("script to '" + backup + "' compression zip");
        assertThat(backup).isNotEmptyFile();

        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID(), "sa", "");
                Statement statement = restored.createStatement()) {
            statement.execute("runscript from '" + backup + "' compression zip");
            for (String table : TABLES) {
                long original = jdbc.queryForObject("select count(*) from " + table, Long.class);
                assertThat(original).as(table).isPositive();
                assertThat(count(statement, table)).as(table).isEqualTo(original);
            }
        }
    }

    @Test
    void aPostgresDumpRestoresIntoANewEmptyDatabase() throws Exception {
        assumeTrue(tool("pg_dump") && tool("pg_restore"), "pg_dump and pg_restore are not installed");
        String source =
                "backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String target = source + "_restored";
        assumeTrue(createDatabase(source), "PostgreSQL is not reachable");
        try {
            Flyway.configure()
                    .dataSource(TestPostgres.database(source), TestPostgres.USER, TestPostgres.PASSWORD)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .load()
                    .migrate();
            try (Connection c = TestPostgres.connect(TestPostgres.database(source));
                    Statement s = c.createStatement()) {
                s.execute("insert into cohort (name) values ('Lichting Back-up')");
                s.execute("insert into audit_event (occurred_at, username, action, detail) values (now(),"
                        + " 'coordinator', 'ROUND_STARTED', 'voor de back-up')");
            }
            Path dump = backups.resolve("traineeplanner.dump");
            run("pg_dump", "-U", TestPostgres.USER, "-Fc", "-f", dump.toString(), TestPostgres.libpq(source));
            assertThat(createDatabase(target)).isTrue();
            run("pg_restore", "-U", TestPostgres.USER, "-d", TestPostgres.libpq(target), "--no-owner", dump.toString());

            try (Connection c = TestPostgres.connect(TestPostgres.database(target));
                    Statement s = c.createStatement();
                    ResultSet names = s.executeQuery("select name from cohort")) {
                assertThat(names.next()).isTrue();
                assertThat(names.getString(1)).isEqualTo("Lichting Back-up");
            }
            try (Connection c = TestPostgres.connect(TestPostgres.database(target));
                    Statement s = c.createStatement()) {
                assertThat(count(s, "audit_event")).isEqualTo(1);
                assertThat(count(s, "flyway_schema_history"))
                        .as("the migrations are known")
                        .isPositive();
                // the restored trail is append-only as well
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("delete from audit_event"))
                        .hasMessageContaining("append-only");
            }
        } finally {
            dropDatabase(target);
            dropDatabase(source);
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean createDatabase(String name) {
        try (Connection c = TestPostgres.connect(TestPostgres.database("postgres"));
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void dropDatabase(String name) {
        try (Connection c = TestPostgres.connect(TestPostgres.database("postgres"));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException ignored) {
            // nothing was made
        }
    }

    private static boolean tool(String name) {
        try {
            return new ProcessBuilder(name, "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestPostgres.PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }
}
