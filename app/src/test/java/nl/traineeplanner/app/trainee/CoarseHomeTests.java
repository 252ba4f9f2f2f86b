package nl.traineeplanner.app.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.round.Cohort;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A trainee's home is kept to two decimals (about a kilometre): when a profile is saved or a cohort imported, and,
 * through the migration that brought the rule, for the homes stored before it, on H2 and on PostgreSQL alike.
 */
class CoarseHomeTests {

    private static final String POSTGRES =
            System.getenv().getOrDefault("TRAINEEPLANNER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER =
            System.getenv().getOrDefault("TRAINEEPLANNER_TEST_POSTGRES_USER", "postgres");
    private static final String POSTGRES_PASSWORD =
            System.getenv().getOrDefault("TRAINEEPLANNER_TEST_POSTGRES_PASSWORD", "");

    /** Homes as they may have been stored before, each with the value the application now keeps. */
    private static final List<GeoPoint> STORED =
            List.of(new GeoPoint(53.123456, 6.987654), new GeoPoint(53.125, 6.985), new GeoPoint(53.219, 6.621));

    @Test
    void aTraineesHomeIsKeptToTwoDecimals() {
        Municipality groningen = new Municipality("GM0014", "Groningen", new GeoPoint(53.219, 6.621));
        Trainee trainee = new Trainee(
                new Cohort("Lichting test"),
                new TraineeProfile(
                        "Julia van Dijk",
                        "julia@example.org",
                        null,
                        "Pedagogiek",
                        Set.of(),
                        groningen,
                        new GeoPoint(53.123456, 6.987654),
                        null));

        assertThat(trainee.getHome()).isEqualTo(new GeoPoint(53.12, 6.99));

        trainee.updateProfile(new TraineeProfile(
                "Julia van Dijk",
                "julia@example.org",
                null,
                "Pedagogiek",
                Set.of(),
                groningen,
                groningen.centre(),
                null));
        assertThat(trainee.getHome()).isEqualTo(new GeoPoint(53.22, 6.62));
        assertThat(Trainee.coarse(new GeoPoint(53.125, -0.125))).isEqualTo(new GeoPoint(53.13, -0.13));
    }

    @Test
    void theMigrationRoundsTheHomesStoredBeforeOnH2() throws SQLException {
        String url = "jdbc:h2:mem:coarse-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertTheMigrationRoundsStoredHomes(url, "sa", "", null);
    }

    @Test
    @EnabledIf(value = "postgresIsReachable", disabledReason = "PostgreSQL is not reachable")
    void theMigrationRoundsTheHomesStoredBeforeOnPostgres() throws SQLException {
        String schema =
                "it_coarse_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        try {
            String separator = POSTGRES.contains("?") ? "&" : "?";
            assertTheMigrationRoundsStoredHomes(
                    POSTGRES + separator + "currentSchema=" + schema, POSTGRES_USER, POSTGRES_PASSWORD, schema);
        } finally {
            try (Connection connection = DriverManager.getConnection(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    static boolean postgresIsReachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD)) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void assertTheMigrationRoundsStoredHomes(String url, String user, String password, String schema)
            throws SQLException {
        migrate(url, user, password, schema, "11");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into cohort (name) values ('Lichting oud')");
            for (int i = 0; i < STORED.size(); i++) {
                statement.executeUpdate(("insert into trainee (cohort_id, name, email, education, municipality_code,"
                                + " latitude, longitude) select id, 'Trainee %d', 't%d@example.org', 'Opleiding',"
                                + " 'GM0014', %s, %s from cohort where name = 'Lichting oud'")
                        .formatted(i, i, STORED.get(i).latitude(), STORED.get(i).longitude()));
            }
        }

        migrate(url, user, password, schema, "12");

        List<GeoPoint> kept = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet homes = statement.executeQuery("select latitude, longitude from trainee order by name")) {
            while (homes.next()) {
                kept.add(new GeoPoint(homes.getDouble(1), homes.getDouble(2)));
            }
        }
        assertThat(kept)
                .as("the same as the application keeps")
                .containsExactlyElementsOf(STORED.stream().map(Trainee::coarse).toList())
                .containsExactly(new GeoPoint(53.12, 6.99), new GeoPoint(53.13, 6.99), new GeoPoint(53.22, 6.62));
    }

    private static void migrate(String url, String user, String password, String schema, String target) {
        var configuration = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .target(target);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        configuration.load().migrate();
    }
}
