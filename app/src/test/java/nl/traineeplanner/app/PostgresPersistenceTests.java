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
        theDatabaseLetsOnlyOldSealedLinesBeRemovedForTheRetentionPeriod();
    }

    /**
     * The database lets the retention period of the audit trail remove a line only when the transaction says up to when,
     * that moment is at least a year ago, and the line is sealed and older than it. (Part of the test above, which
     * commits: the next such test would find the cohort of this one.)
     */
    private void theDatabaseLetsOnlyOldSealedLinesBeRemovedForTheRetentionPeriod() {
        long recent = insert("now()", true);
        long oldSealed = insert("now() - interval '9 years'", true);
        long oldUnsealed = insert("now() - interval '9 years'", false);
        String sevenYears = "cast(now() - interval '7 years' as text)";

        org.assertj.core.api.Assertions.assertThat(removeIn("cast(now() as text)", oldSealed))
                .as("a moment less than a year ago")
                .contains("append-only");
        org.assertj.core.api.Assertions.assertThat(removeIn(sevenYears, recent)).contains("append-only");
        org.assertj.core.api.Assertions.assertThat(removeIn(sevenYears, oldUnsealed))
                .contains("append-only");
        org.assertj.core.api.Assertions.assertThat(removeIn(sevenYears, oldSealed))
                .isEqualTo("removed 1");
    }

    private long insert(String moment, boolean sealed) {
        long no = java.util.concurrent.ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000_000L);
        return jdbc.queryForObject(
                "insert into audit_event (occurred_at, username, action, detail, seal, chain_no) values (" + moment
                        + ", 'coordinator', 'ROUND_STARTED', 'Ronde 1', ?, ?) returning id",
                Long.class,
                sealed ? "c".repeat(64) : null,
                sealed ? no : null);
    }

    /** Removes one line in a transaction that allows removal before the given moment; says what happened. */
    private String removeIn(String before, long id) {
        return jdbc.execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('traineeplanner.audit_remove_before', " + before + ", true)");
                int removed = s.executeUpdate("delete from audit_event where id = " + id);
                c.commit();
                return "removed " + removed;
            } catch (SQLException refused) {
                c.rollback();
                return refused.getMessage();
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static Connection connect() throws SQLException {
        return TestPostgres.connect();
    }
}
