package nl.traineeplanner.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL, in a fresh schema that the Flyway migrations fill and that is dropped
 * afterwards. Skipped (not failed) when no PostgreSQL can be reached (a JUnit condition checks first): set {@code TRAINEEPLANNER_TEST_POSTGRES_URL},
 * {@code TRAINEEPLANNER_TEST_POSTGRES_USER} and {@code TRAINEEPLANNER_TEST_POSTGRES_PASSWORD} to point elsewhere.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnabledIf(value = "postgresIsReachable", disabledReason = "PostgreSQL is not reachable")
class PostgresPersistenceTests extends PersistenceContract {

    private static final String URL = TestPostgres.URL;
    private static final String USER = TestPostgres.USER;
    private static final String PASSWORD = TestPostgres.PASSWORD;
    private static final String SCHEMA =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean schemaCreated;

    /** Runs the tests only where a PostgreSQL answers; elsewhere JUnit reports them as skipped. */
    static boolean postgresIsReachable() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            schemaCreated = true;
            return true;
        } catch (SQLException unreachable) {
            System.getLogger(PostgresPersistenceTests.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "PostgreSQL not reachable at " + URL + ", tests skipped: " + unreachable.getMessage());
            return false;
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (!schemaCreated) {
            return;
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.inSchema(SCHEMA));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "2");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** On PostgreSQL the database itself keeps the audit trail append-only: only sealing an event once is let through. */
    @org.junit.jupiter.api.Test
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void theDatabaseRefusesToChangeOrRemoveAnAuditEvent() {
        Long id = jdbc.queryForObject(
                "insert into audit_event (occurred_at, username, action, detail) values (now(), 'coordinator',"
                        + " 'ROUND_STARTED', 'Ronde 1') returning id",
                Long.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("truncate audit_event"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("update audit_event set detail = 'Ronde 2' where id = ?", id))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThat(jdbc.update(
                        "update audit_event set seal = ?, chain_no = 1000001 where id = ?", "a".repeat(64), id))
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("update audit_event set seal = ? where id = ?", "b".repeat(64), id))
                .as("a seal is given once")
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("Ronde 1");
    }

    private static Connection connect() throws SQLException {
        return TestPostgres.connect();
    }
}
