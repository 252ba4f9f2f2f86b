package nl.traineeplanner.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import nl.traineeplanner.app.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Audit events written with a local time (before V18) keep their seals: on PostgreSQL, a trail sealed in Amsterdam
 * with a time in the night summer time ends is migrated, and every seal still fits when it is checked with the zone
 * the migration recorded, even on a server that runs in another zone afterwards.
 */
@EnabledIf(value = "postgresIsReachable", disabledReason = "PostgreSQL is not reachable")
class AuditTimesMigrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static boolean postgresIsReachable() {
        try (Connection ignored = TestPostgres.connect()) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    @Test
    void sealsMadeOverLocalTimesStillFitAfterTheMigration() throws Exception {
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(AMSTERDAM));
        try (Connection admin = TestPostgres.connect();
                Statement s = admin.createStatement()) {
            s.execute("create schema " + schema);
            try {
                List<LocalDateTime> times = List.of(
                        LocalDateTime.parse("2026-07-01T12:00:00"),
                        // the hour from 02:00 to 03:00 on 25 October 2026 happens twice in Amsterdam
                        LocalDateTime.parse("2026-10-25T02:30:00.123456"),
                        LocalDateTime.parse("2026-12-01T09:00:01.500"));
                flyway(schema, "17").migrate();
                String previous = null;
                List<String> seals = new ArrayList<>();
                try (Connection c = TestPostgres.connect(TestPostgres.inSchema(schema))) {
                    long no = 0;
                    for (LocalDateTime time : times) {
                        no++;
                        String seal = oldSeal(previous, time, "coordinator", "ROUND_STARTED", "Ronde " + no);
                        try (var insert = c.prepareStatement("insert into audit_event (occurred_at, username, action,"
                                + " detail, seal, chain_no) values (?, 'coordinator', 'ROUND_STARTED', ?, ?, ?)")) {
                            insert.setObject(1, time);
                            insert.setString(2, "Ronde " + no);
                            insert.setString(3, seal);
                            insert.setLong(4, no);
                            insert.executeUpdate();
                        }
                        seals.add(seal);
                        previous = seal;
                    }
                    try (var head = c.prepareStatement("update audit_chain_head set last_no = 3, last_seal = ?")) {
                        head.setString(1, previous);
                        head.executeUpdate();
                    }
                }

                flyway(schema, null).migrate();
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

                try (Connection c = TestPostgres.connect(TestPostgres.inSchema(schema));
                        Statement q = c.createStatement()) {
                    ResultSet head = q.executeQuery("select local_until, local_zone from audit_chain_head");
                    head.next();
                    assertThat(head.getLong(1)).isEqualTo(3);
                    ZoneId zone = ZoneId.of(head.getString(2));
                    assertThat(zone).isEqualTo(AMSTERDAM);
                    ResultSet rows =
                            q.executeQuery("select occurred_at, detail, seal from audit_event order by chain_no");
                    String chained = null;
                    int i = 0;
                    while (rows.next()) {
                        OffsetDateTime moment = rows.getObject(1, OffsetDateTime.class);
                        assertThat(LocalDateTime.ofInstant(moment.toInstant(), AMSTERDAM))
                                .isEqualTo(times.get(i));
                        AuditEvent event = new AuditEvent(
                                moment.toInstant(),
                                "coordinator",
                                AuditAction.ROUND_STARTED,
                                null,
                                rows.getString(2),
                                null);
                        assertThat(event.sealOf(chained, zone))
                                .isEqualTo(rows.getString(3))
                                .isEqualTo(seals.get(i));
                        assertThat(event.sealOf(chained))
                                .as("a new seal covers the moment")
                                .isNotEqualTo(seals.get(i));
                        chained = rows.getString(3);
                        i++;
                    }
                    assertThat(i).isEqualTo(3);
                }
            } finally {
                s.execute("drop schema " + schema + " cascade");
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static Flyway flyway(String schema, String target) {
        var config = Flyway.configure()
                .dataSource(TestPostgres.inSchema(schema), TestPostgres.USER, TestPostgres.PASSWORD)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }

    /** The seal as it was made before V18: over the local time. */
    private static String oldSeal(String previous, LocalDateTime time, String user, String action, String detail)
            throws Exception {
        String content = String.join(
                "\u001f",
                previous == null ? "" : previous,
                String.valueOf(time),
                user,
                action,
                "null",
                "null",
                "null",
                detail,
                "null",
                "null");
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
