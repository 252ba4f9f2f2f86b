package nl.traineeplanner.app.importexport;

import static nl.traineeplanner.app.importexport.DataColumn.CAPACITY;
import static nl.traineeplanner.app.importexport.DataColumn.CONTEXT;
import static nl.traineeplanner.app.importexport.DataColumn.DOMAIN;
import static nl.traineeplanner.app.importexport.DataColumn.EDUCATION;
import static nl.traineeplanner.app.importexport.DataColumn.EMAIL;
import static nl.traineeplanner.app.importexport.DataColumn.EXPECTED_RESULT;
import static nl.traineeplanner.app.importexport.DataColumn.HOME_MUNICIPALITY;
import static nl.traineeplanner.app.importexport.DataColumn.INTERESTS;
import static nl.traineeplanner.app.importexport.DataColumn.MAX_TRAVEL_KM;
import static nl.traineeplanner.app.importexport.DataColumn.MUNICIPALITY;
import static nl.traineeplanner.app.importexport.DataColumn.NAME;
import static nl.traineeplanner.app.importexport.DataColumn.ORGANISATION;
import static nl.traineeplanner.app.importexport.DataColumn.PHONE;
import static nl.traineeplanner.app.importexport.DataColumn.PROGRAMME;
import static nl.traineeplanner.app.importexport.DataColumn.ROUNDS;
import static nl.traineeplanner.app.importexport.DataColumn.SUPERVISOR_EMAIL;
import static nl.traineeplanner.app.importexport.DataColumn.SUPERVISOR_NAME;
import static nl.traineeplanner.app.importexport.DataColumn.TASKS;
import static nl.traineeplanner.app.importexport.DataColumn.THEMES;
import static nl.traineeplanner.app.importexport.DataColumn.TITLE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** What an import file holds: trainees of the cohort, host users, or assignments offered in the cohort's rounds. */
public enum DataKind {
    TRAINEES(List.of(NAME, EMAIL, HOME_MUNICIPALITY), List.of(PHONE, EDUCATION, INTERESTS, MAX_TRAVEL_KM)),
    HOSTS(List.of(NAME, EMAIL, ORGANISATION), List.of()),
    ASSIGNMENTS(
            List.of(
                    TITLE,
                    ORGANISATION,
                    MUNICIPALITY,
                    DOMAIN,
                    PROGRAMME,
                    ROUNDS,
                    CAPACITY,
                    SUPERVISOR_NAME,
                    SUPERVISOR_EMAIL),
            List.of(THEMES, CONTEXT, TASKS, EXPECTED_RESULT));

    private final List<DataColumn> required;
    private final List<DataColumn> optional;

    DataKind(List<DataColumn> required, List<DataColumn> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The columns, required first, in the order of the template. */
    public List<DataColumn> columns() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    public boolean requires(DataColumn column) {
        return required.contains(column);
    }

    /** "trainees", as in the address of the template. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DataKind> ofSlug(String slug) {
        return Stream.of(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }

    Optional<DataColumn> column(String header) {
        return columns().stream().filter(c -> c.isCalled(header)).findFirst();
    }
}
