package nl.traineeplanner.app.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every text-like column (character, large text and JSON types) of every table of the database's schema, as the
 * JDBC metadata lists them, and says where something is found. It reads through the test's own transaction, so it
 * sees what the test changed before it is rolled back.
 */
final class DatabaseText {

    private static final Set<Integer> TEXT_TYPES = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB,
            Types.SQLXML);

    /** Where a text was found: the table, the column and the words around it. */
    record Hit(String table, String column, String around) {

        @Override
        public String toString() {
            return table + "." + column + ": …" + around + "…";
        }
    }

    /** What to look for: a name for the report and a pattern that one stored value may hold. */
    record Needle(String name, Pattern pattern) {

        /** The text anywhere in a value, in any case. */
        static Needle containing(String name, String text) {
            return new Needle(
                    name, Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        /** The text as a whole word anywhere in a value, in any case: "Anna", but not in "Hanna". */
        static Needle word(String name, String text) {
            return new Needle(
                    name,
                    Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        /** A number as it is written, not as part of a longer one: 53.07, but not 53.071. */
        static Needle number(String name, String number) {
            return new Needle(name, Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d])"));
        }

        /** A value that is exactly this text, such as a user name. */
        static Needle exactly(String name, String text) {
            return new Needle(name, Pattern.compile("\\A" + Pattern.quote(text) + "\\z"));
        }

        /** Where in the value the needle is, with some words around it; null when it is not there. */
        String around(String value) {
            Matcher found = pattern.matcher(value);
            if (!found.find()) {
                return null;
            }
            return value.substring(Math.max(0, found.start() - 80), Math.min(value.length(), found.end() + 40))
                    .replaceAll("\\s+", " ");
        }
    }

    private final JdbcTemplate jdbc;

    DatabaseText(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The text-like columns of every table, by table. */
    Map<String, List<String>> textColumns() {
        return jdbc.execute((ConnectionCallback<Map<String, List<String>>>) DatabaseText::textColumns);
    }

    private static Map<String, List<String>> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> tables = new TreeSet<>();
        try (ResultSet found =
                meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet found = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                String type = found.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                boolean text = TEXT_TYPES.contains(found.getInt("DATA_TYPE"))
                        || type.contains("CHAR")
                        || type.contains("TEXT")
                        || type.contains("CLOB")
                        || type.contains("JSON");
                if (tables.contains(table) && text) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(found.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** For each needle, every place in the database where it is found. */
    Map<String, List<Hit>> find(List<Needle> needles) {
        Map<String, List<Hit>> hits = new LinkedHashMap<>();
        needles.forEach(n -> hits.put(n.name(), new ArrayList<>()));
        String quote = jdbc.execute((ConnectionCallback<String>)
                c -> c.getMetaData().getIdentifierQuoteString().strip());
        textColumns().forEach((table, columns) -> {
            String select = "select "
                    + String.join(
                            ", ", columns.stream().map(c -> quote + c + quote).toList())
                    + " from " + quote + table + quote;
            jdbc.query(select, (org.springframework.jdbc.core.RowCallbackHandler) row -> {
                for (int i = 0; i < columns.size(); i++) {
                    String value = row.getString(i + 1);
                    if (value == null) {
                        continue;
                    }
                    for (Needle needle : needles) {
                        String around = needle.around(value);
                        if (around != null) {
                            hits.get(needle.name()).add(new Hit(table, columns.get(i), around));
                        }
                    }
                }
            });
        });
        return hits;
    }
}
