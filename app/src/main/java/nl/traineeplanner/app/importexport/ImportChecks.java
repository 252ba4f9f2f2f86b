package nl.traineeplanner.app.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;

/**
 * What the application needs of an instance beyond what the engine checks: the engine allows unknown locations and
 * dates, partial round lists and free programme codes, the application stores a cohort in which every trainee takes
 * part in every round, with a place on the map for everyone and everything. Every problem is collected, each naming
 * item and field in the engine's way.
 */
final class ImportChecks {

    static final int MAX_CODE = 60;
    static final int MAX_DOMAIN_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_ROUND_NAME = 90;
    static final int MAX_COHORT_NAME = 100;

    private final Instance instance;
    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();

    private ImportChecks(Instance instance, String file) {
        this.instance = instance;
        this.file = file;
    }

    /**
     * @param programmes the codes of the funding programmes the application knows
     * @param organisations the codes of the organisations already stored
     */
    static List<ImportProblem> check(
            Instance instance,
            String file,
            String cohortName,
            boolean cohortExists,
            Set<String> programmes,
            Set<String> organisations) {
        ImportChecks checks = new ImportChecks(instance, file);
        checks.cohort(cohortName, cohortExists);
        checks.rounds();
        checks.organisations();
        checks.assignments(programmes);
        checks.trainees(programmes, organisations);
        checks.hostPreferences();
        return checks.problems;
    }

    private void cohort(String name, boolean exists) {
        if (name == null || name.isBlank()) {
            problems.add(ImportProblem.of(null, null, null, "import.problem.cohort.blank"));
        } else if (name.strip().length() > MAX_COHORT_NAME) {
            problems.add(ImportProblem.of(null, null, null, "import.problem.cohort.long", MAX_COHORT_NAME));
        } else if (exists) {
            problems.add(ImportProblem.of(null, null, null, "import.problem.cohort.exists", name.strip()));
        }
    }

    private void rounds() {
        for (int i = 0; i < instance.rounds().size(); i++) {
            Round r = instance.rounds().get(i);
            String item = item("rounds", i, r.id());
            if (r.start() == null) {
                add(item, "start", "import.problem.round.date");
            }
            if (r.end() == null) {
                add(item, "end", "import.problem.round.date");
            }
            if (r.start() != null && r.end() != null && r.end().isBefore(r.start())) {
                add(item, "end", "import.problem.round.order");
            }
            if (r.id().length() > MAX_ROUND_NAME) {
                add(item, "id", "import.problem.tooLong", MAX_ROUND_NAME);
            }
        }
    }

    private void organisations() {
        for (int i = 0; i < instance.organisations().size(); i++) {
            Organisation o = instance.organisations().get(i);
            String item = item("organisations", i, o.id());
            if (o.location() == null) {
                add(item, "location", "import.problem.location");
            }
            if (o.id().length() > MAX_CODE) {
                add(item, "id", "import.problem.tooLong", MAX_CODE);
            }
            if (o.name() != null && o.name().length() > MAX_NAME) {
                add(item, "name", "import.problem.tooLong", MAX_NAME);
            }
        }
    }

    private void assignments(Set<String> programmes) {
        for (int i = 0; i < instance.assignments().size(); i++) {
            Assignment a = instance.assignments().get(i);
            String item = item("assignments", i, a.id());
            if (!programmes.contains(a.programme())) {
                add(item, "programme", "import.problem.programme", a.programme(), String.join(", ", programmes));
            }
            if (a.domain().length() > MAX_DOMAIN_CODE) {
                add(item, "domain", "import.problem.tooLong", MAX_DOMAIN_CODE);
            }
            if (a.title() != null && a.title().length() > MAX_NAME) {
                add(item, "title", "import.problem.tooLong", MAX_NAME);
            }
        }
    }

    private void trainees(Set<String> programmes, Set<String> storedOrganisations) {
        Set<String> planned = new HashSet<>();
        instance.rounds().forEach(r -> planned.add(r.id()));
        Set<String> organisations = new HashSet<>(storedOrganisations);
        instance.organisations().forEach(o -> organisations.add(o.id()));
        for (int i = 0; i < instance.trainees().size(); i++) {
            Trainee t = instance.trainees().get(i);
            String item = item("trainees", i, t.id());
            if (t.home() == null) {
                add(item, "home", "import.problem.location");
            }
            if (t.name() != null && t.name().length() > MAX_NAME) {
                add(item, "name", "import.problem.tooLong", MAX_NAME);
            }
            if (!t.rounds().isEmpty() && !Set.copyOf(t.rounds()).equals(planned)) {
                add(item, "rounds", "import.problem.trainee.rounds");
            }
            Double limit = t.maxTravelKm();
            if (limit != null && (limit != Math.rint(limit) || limit > Integer.MAX_VALUE)) {
                add(item, "maxTravelKm", "import.problem.trainee.wholeKm", limit);
            }
            repeated(item, "preferences", t.preferences());
            history(item, t, planned, programmes, organisations);
        }
    }

    private void history(
            String trainee, Trainee t, Set<String> planned, Set<String> programmes, Set<String> organisations) {
        Set<String> rounds = new HashSet<>();
        for (int j = 0; j < t.history().size(); j++) {
            HistoryEntry h = t.history().get(j);
            String item = trainee + ".history[" + j + "]";
            if (h.round() == null) {
                add(item, "round", "import.problem.history.noRound");
            } else if (planned.contains(h.round())) {
                add(item, "round", "import.problem.history.planned", h.round());
            } else if (!rounds.add(h.round())) {
                add(item, "round", "import.problem.history.twice", h.round());
            } else if (h.round().length() > MAX_ROUND_NAME) {
                add(item, "round", "import.problem.tooLong", MAX_ROUND_NAME);
            }
            if (!organisations.contains(h.organisation())) {
                add(item, "organisation", "import.problem.history.organisation", h.organisation());
            }
            if (!programmes.contains(h.programme())) {
                add(item, "programme", "import.problem.programme", h.programme(), String.join(", ", programmes));
            }
            if (h.domain().length() > MAX_DOMAIN_CODE) {
                add(item, "domain", "import.problem.tooLong", MAX_DOMAIN_CODE);
            }
        }
    }

    private void hostPreferences() {
        for (int i = 0; i < instance.hostPreferences().size(); i++) {
            HostPreference h = instance.hostPreferences().get(i);
            repeated("hostPreferences[" + i + "]", "trainees", h.trainees());
        }
    }

    /** The application keeps one rank per id in a list, so a repeated id would be lost: refuse it instead. */
    private void repeated(String item, String field, List<String> ids) {
        Map<String, Integer> first = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            Integer earlier = first.putIfAbsent(ids.get(k), k);
            if (earlier != null) {
                add(item, field + "[" + k + "]", "import.problem.repeated", ids.get(k), earlier);
            }
        }
    }

    private void add(String item, String field, String key, Object... arguments) {
        problems.add(ImportProblem.of(file, item, field, key, arguments));
    }

    static String item(String list, int index, String id) {
        return list + "[" + index + "] (id \"" + id + "\")";
    }
}
