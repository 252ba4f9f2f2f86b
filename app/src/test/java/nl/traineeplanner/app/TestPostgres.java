package nl.traineeplanner.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL the tests use when one answers: by default the machine's own on 127.0.0.1:5432, database {@code test},
 * user {@code postgres}; {@code TRAINEEPLANNER_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} point elsewhere.
 */
public final class TestPostgres {

    public static final String URL = env("TRAINEEPLANNER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("TRAINEEPLANNER_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("TRAINEEPLANNER_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {}

    public static Connection connect() throws SQLException {
        return connect(URL);
    }

    public static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** The URL with this schema as the connection's own. */
    public static String inSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The URL of another database on the same server. */
    public static String database(String name) {
        return URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** Another database on the same server as pg_dump and pg_restore take it (with {@code -U} and PGPASSWORD). */
    public static String libpq(String database) {
        return database(database).replaceFirst("^jdbc:", "").replaceFirst("\\?.*$", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
