package nl.traineeplanner.app.importexport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.Programme;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.assignment.ReferenceItem;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's import of trainees, host users or assignments from an Excel or CSV file into a cohort. First a
 * preview: every row as it will be stored, and every problem by row and column. Then the import itself, which reads
 * and checks the same file again and stores all rows in one transaction, or, with any problem, nothing at all.
 * Trainees and host users get their account and invitation as on the accounts page; assignments entered by the
 * coordinator are approved at once, as on the assignment form. Each import, and each refused attempt, is written to
 * the audit trail with the file name and the number of rows.
 */
@Service
public class DataImports {

    /** The most rows (under the header) one file may have. */
    public static final int ROW_LIMIT = TableFile.ROW_LIMIT;

    /** The longest e-mail address an account takes as its user name. */
    static final int EMAIL_LIMIT = 100;

    /** The largest number of places one assignment offers, as on the assignment form. */
    static final int CAPACITY_LIMIT = 20;

    /** The largest travel distance a trainee can give, in kilometres. */
    static final int TRAVEL_LIMIT = 500;

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final MunicipalityRepository municipalities;
    private final OrganisationRepository organisations;
    private final ReferenceDataRepository referenceData;
    private final TraineeRepository trainees;
    private final AssignmentRepository assignments;
    private final Accounts accounts;
    private final AuditTrail audit;

    DataImports(
            CohortRepository cohorts,
            RoundRepository rounds,
            MunicipalityRepository municipalities,
            OrganisationRepository organisations,
            ReferenceDataRepository referenceData,
            TraineeRepository trainees,
            AssignmentRepository assignments,
            Accounts accounts,
            AuditTrail audit) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.trainees = trainees;
        this.assignments = assignments;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** One row as it will be stored: its number in the file and a text per column of the kind. */
    public record PreviewRow(int row, List<String> values) {}

    /**
     * What a file would import: the rows as they will be stored and the problems; {@code digest} (SHA-256 of the
     * file) ties the preview to the file that is imported when the coordinator confirms.
     */
    public record Preview(
            DataKind kind, String fileName, String digest, List<PreviewRow> rows, List<SheetProblem> problems) {

        public boolean importable() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        public List<DataColumn> columns() {
            return kind.columns();
        }

        /** The problems of one row, for the preview table. */
        public List<SheetProblem> problemsOf(int row) {
            return problems.stream().filter(p -> p.row() == row).toList();
        }
    }

    /** What an import stored: how many rows, and for trainees and host users how many invitations went out by mail. */
    public record Imported(DataKind kind, String fileName, String cohortName, int rows, int mailed) {}

    /** A file that was not imported, with its preview and every problem; nothing of it is stored. */
    public static class Refused extends RuntimeException {

        private final transient Preview preview;

        Refused(Preview preview) {
            super(preview.problems().size() + " problem(s) in " + preview.fileName());
            this.preview = preview;
        }

        public Preview preview() {
            return preview;
        }
    }

    /** The rows the file would import into the cohort, and its problems; stores nothing. */
    @Transactional(readOnly = true)
    public Preview preview(long cohortId, DataKind kind, String fileName, byte[] content) {
        return check(cohort(cohortId), kind, fileName, content).preview();
    }

    /**
     * Imports the file into the cohort: all its rows, or nothing when it has any problem ({@link Refused}). Stores
     * the accounts with their invitations for trainees and host users. When {@code previewed} is given, it is the
     * digest of the file the coordinator saw in the preview, and the file must be that one.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Imported importFile(
            long cohortId, DataKind kind, String fileName, byte[] content, String username, String previewed) {
        Cohort cohort = cohort(cohortId);
        Checked checked = check(cohort, kind, fileName, content);
        if (previewed != null && !previewed.equals(checked.preview().digest())) {
            Preview preview = checked.preview();
            throw new Refused(new Preview(
                    kind,
                    preview.fileName(),
                    preview.digest(),
                    preview.rows(),
                    List.of(SheetProblem.ofFile("dataImport.upload.changed"))));
        }
        if (!checked.preview().importable()) {
            throw new Refused(checked.preview());
        }
        int mailed = 0;
        for (Object planned : checked.planned()) {
            mailed += write(cohort, planned);
        }
        int count = checked.planned().size();
        audit.record(
                username,
                AuditAction.DATA_IMPORTED,
                null,
                detail(kind, fileName, cohort),
                AuditText.of("audit.reason.imported", count));
        return new Imported(kind, checked.preview().fileName(), cohort.getName(), count, mailed);
    }

    /** Writes a refused import to the audit trail, in a transaction of its own (the import's was rolled back). */
    @Transactional
    public void recordRefusal(long cohortId, Preview preview, String username) {
        Cohort cohort = cohort(cohortId);
        audit.record(
                username,
                AuditAction.DATA_IMPORT_REFUSED,
                null,
                detail(preview.kind(), preview.fileName(), cohort),
                AuditText.of(
                        "audit.reason.importRefused",
                        preview.rows().size(),
                        preview.problems().size()));
    }

    private static String detail(DataKind kind, String fileName, Cohort cohort) {
        return AuditText.of("audit.detail.imported", kind.slug(), fileName, cohort.getName());
    }

    private Cohort cohort(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new IllegalArgumentException("no cohort " + cohortId));
    }

    private int write(Cohort cohort, Object planned) {
        if (planned instanceof TraineeProfile profile) {
            Trainee trainee = trainees.save(new Trainee(cohort, profile));
            return accounts.inviteTrainee(trainee, profile.email()).invitation().mailed() ? 1 : 0;
        }
        if (planned instanceof PlannedHost host) {
            return accounts.inviteHost(host.name(), host.email(), host.organisation())
                            .invitation()
                            .mailed()
                    ? 1
                    : 0;
        }
        if (planned instanceof PlannedAssignment a) {
            Assignment assignment = new Assignment(a.organisation(), a.content());
            // the coordinator is the reviewer: what they import is approved at once, as on the assignment form
            assignment.submit();
            assignment.approve();
            assignments.save(assignment);
            return 0;
        }
        throw new IllegalArgumentException("unknown row " + planned);
    }

    private record PlannedHost(String name, String email, Organisation organisation) {}

    private record PlannedAssignment(Organisation organisation, AssignmentContent content) {}

    /** The preview, and for each good row what it stores (a trainee profile, a host user or an assignment). */
    private record Checked(Preview preview, List<Object> planned) {}

    // --- checking ----------------------------------------------------------------------------------------------

    private Checked check(Cohort cohort, DataKind kind, String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "bestand" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String digest = digest(content);
        TableFile.Table table = TableFile.read(content);
        List<SheetProblem> problems = new ArrayList<>();
        for (SheetProblem read : table.problems()) {
            // a cell refused while reading (a formula) is named with its column's header too
            int position = read.cell() == null ? -1 : TableFile.columnIndex(read.cell());
            problems.add(
                    position >= 0 && position < table.header().size() && read.row() > 1
                            ? new SheetProblem(
                                    read.row(),
                                    read.cell(),
                                    table.header().get(position),
                                    read.messageKey(),
                                    read.arguments())
                            : read);
        }
        if (table.header().isEmpty()) {
            return new Checked(new Preview(kind, name, digest, List.of(), problems), List.of());
        }
        Map<DataColumn, Integer> positions = new EnumMap<>(DataColumn.class);
        for (int c = 0; c < table.header().size(); c++) {
            String header = table.header().get(c);
            if (header.isBlank()) {
                continue;
            }
            Optional<DataColumn> column = kind.column(header);
            String cell = TableFile.columnLetters(c) + "1";
            if (column.isEmpty()) {
                problems.add(SheetProblem.ofCell(
                        1,
                        cell,
                        header,
                        "dataImport.column.unknown",
                        header,
                        kind.columns().stream().map(DataColumn::header).collect(Collectors.joining(", "))));
            } else if (positions.containsKey(column.get())) {
                problems.add(SheetProblem.ofCell(1, cell, header, "dataImport.column.twice", header));
            } else {
                positions.put(column.get(), c);
            }
        }
        for (DataColumn column : kind.columns()) {
            if (kind.requires(column) && !positions.containsKey(column)) {
                problems.add(SheetProblem.ofFile("dataImport.column.missing", column.header()));
            }
        }
        if (!problems.stream().filter(p -> p.row() <= 1).toList().isEmpty()) {
            return new Checked(new Preview(kind, name, digest, List.of(), problems), List.of());
        }
        Lookups lookups = new Lookups(cohort);
        List<PreviewRow> rows = new ArrayList<>();
        List<Object> planned = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            Cells cells = new Cells(row, positions, table.header(), problems);
            int before = problems.size();
            Object item = switch (kind) {
                case TRAINEES -> trainee(cells, lookups);
                case HOSTS -> host(cells, lookups);
                case ASSIGNMENTS -> assignment(cells, lookups);
            };
            rows.add(new PreviewRow(
                    row.number(), kind.columns().stream().map(cells::shown).toList()));
            if (item != null && problems.size() == before) {
                planned.add(item);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(SheetProblem::row));
        return new Checked(new Preview(kind, name, digest, rows, problems), planned);
    }

    private TraineeProfile trainee(Cells cells, Lookups lookups) {
        String name = cells.required(DataColumn.NAME, 200);
        String email = email(cells, DataColumn.EMAIL, lookups, true);
        String phone = cells.optional(DataColumn.PHONE, 40);
        String education = cells.optional(DataColumn.EDUCATION, 300);
        Municipality home = cells.lookUp(
                DataColumn.HOME_MUNICIPALITY,
                lookups.municipalities,
                Municipality::getName,
                "dataImport.value.municipality");
        Set<PolicyDomain> interests = new LinkedHashSet<>();
        for (String interest : cells.list(DataColumn.INTERESTS)) {
            PolicyDomain domain = lookups.domains.get(DataColumn.plain(interest));
            if (domain == null) {
                cells.problem(DataColumn.INTERESTS, "dataImport.value.domain", interest, lookups.domainNames());
            } else {
                interests.add(domain);
            }
        }
        if (!interests.isEmpty()) {
            cells.show(
                    DataColumn.INTERESTS,
                    interests.stream().map(PolicyDomain::getName).collect(Collectors.joining(", ")));
        }
        Integer travel = cells.number(DataColumn.MAX_TRAVEL_KM, 0, TRAVEL_LIMIT);
        if (name == null || email == null || home == null || cells.failed()) {
            return null;
        }
        return new TraineeProfile(
                name, email, phone, education == null ? "" : education, interests, home, home.centre(), travel);
    }

    private PlannedHost host(Cells cells, Lookups lookups) {
        String name = cells.required(DataColumn.NAME, 200);
        String email = email(cells, DataColumn.EMAIL, lookups, false);
        Organisation organisation = cells.lookUp(
                DataColumn.ORGANISATION, lookups.organisations, Organisation::getName, "dataImport.value.organisation");
        if (name == null || email == null || organisation == null || cells.failed()) {
            return null;
        }
        return new PlannedHost(name, email, organisation);
    }

    private PlannedAssignment assignment(Cells cells, Lookups lookups) {
        String title = cells.required(DataColumn.TITLE, 200);
        Organisation organisation = cells.lookUp(
                DataColumn.ORGANISATION, lookups.organisations, Organisation::getName, "dataImport.value.organisation");
        Municipality municipality = cells.lookUp(
                DataColumn.MUNICIPALITY,
                lookups.municipalities,
                Municipality::getName,
                "dataImport.value.municipality");
        PolicyDomain domain = cells.lookUp(
                DataColumn.DOMAIN,
                lookups.domains,
                PolicyDomain::getName,
                "dataImport.value.domain",
                lookups.domainNames());
        Programme programme = cells.lookUp(
                DataColumn.PROGRAMME, lookups.programmes, Programme::getName, "dataImport.value.programme");
        Set<Round> offered = new LinkedHashSet<>();
        List<String> typedRounds = cells.list(DataColumn.ROUNDS);
        if (typedRounds.isEmpty()) {
            cells.problem(DataColumn.ROUNDS, "dataImport.value.required", cells.header(DataColumn.ROUNDS));
        }
        for (String typed : typedRounds) {
            Round round = lookups.rounds.get(DataColumn.plain(typed));
            if (round == null) {
                cells.problem(
                        DataColumn.ROUNDS, "dataImport.value.round", typed, lookups.cohortName, lookups.roundNames());
            } else {
                offered.add(round);
            }
        }
        if (!offered.isEmpty()) {
            cells.show(DataColumn.ROUNDS, offered.stream().map(Round::getName).collect(Collectors.joining(", ")));
        }
        Integer capacity = cells.number(DataColumn.CAPACITY, 1, CAPACITY_LIMIT);
        if (capacity == null && cells.value(DataColumn.CAPACITY).isEmpty()) {
            cells.problem(DataColumn.CAPACITY, "dataImport.value.required", cells.header(DataColumn.CAPACITY));
        }
        String supervisor = cells.required(DataColumn.SUPERVISOR_NAME, 200);
        String supervisorEmail = cells.required(DataColumn.SUPERVISOR_EMAIL, 200);
        if (supervisorEmail != null && !supervisorEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            cells.problem(DataColumn.SUPERVISOR_EMAIL, "accounts.refused.email", supervisorEmail);
        }
        String themes = cells.optional(DataColumn.THEMES, 500);
        String context = cells.optional(DataColumn.CONTEXT, 4000);
        String tasks = cells.optional(DataColumn.TASKS, 4000);
        String result = cells.optional(DataColumn.EXPECTED_RESULT, 4000);
        if (title != null && organisation != null && !offered.isEmpty()) {
            String key = DataColumn.plain(title) + "@" + organisation.getId();
            Integer earlier = lookups.assignmentsInFile.putIfAbsent(key, cells.row());
            if (earlier != null) {
                cells.problem(DataColumn.TITLE, "dataImport.value.assignmentTwice", title, earlier);
            } else if (lookups.existing(organisation).stream()
                    .anyMatch(a -> DataColumn.plain(a.getTitle()).equals(DataColumn.plain(title))
                            && a.getStatus() != AssignmentStatus.REJECTED
                            && a.getStatus() != AssignmentStatus.WITHDRAWN
                            && offered.stream().anyMatch(a::isOfferedIn))) {
                cells.problem(DataColumn.TITLE, "dataImport.value.assignmentExists", title, organisation.getName());
            }
        }
        if (cells.failed()
                || title == null
                || organisation == null
                || municipality == null
                || domain == null
                || programme == null
                || offered.isEmpty()
                || capacity == null
                || supervisor == null
                || supervisorEmail == null) {
            return null;
        }
        return new PlannedAssignment(
                organisation,
                new AssignmentContent(
                        title,
                        programme,
                        domain,
                        themes,
                        context == null ? "" : context,
                        tasks == null ? "" : tasks,
                        result == null ? "" : result,
                        municipality,
                        municipality.centre(),
                        offered,
                        capacity,
                        new AssignmentContent.Supervisor(supervisor, supervisorEmail),
                        0));
    }

    /** An address for a new account: usable, free, not longer than a user name may be, and once in the file. */
    private String email(Cells cells, DataColumn column, Lookups lookups, boolean trainee) {
        String typed = cells.required(column, EMAIL_LIMIT);
        if (typed == null) {
            return null;
        }
        String address = Accounts.normalised(typed);
        Integer earlier = lookups.emailsInFile.putIfAbsent(address, cells.row());
        if (earlier != null) {
            cells.problem(column, "dataImport.value.emailTwice", address, earlier);
            return null;
        }
        Optional<String> refusal = accounts.addressRefusal(address);
        if (refusal.isEmpty() && trainee && trainees.existsByEmailIgnoreCaseAndIdNot(address, -1L)) {
            refusal = Optional.of("accounts.refused.emailTaken");
        }
        if (refusal.isPresent()) {
            cells.problem(column, refusal.get(), typed);
            return null;
        }
        cells.show(column, address);
        return address;
    }

    /** What the rows refer to, looked up once per file by code and by name. */
    private final class Lookups {

        final String cohortName;
        final Map<String, Municipality> municipalities = new HashMap<>();
        final Map<String, Organisation> organisations = new HashMap<>();
        final Map<String, PolicyDomain> domains = new HashMap<>();
        final Map<String, Programme> programmes = new HashMap<>();
        final Map<String, Round> rounds = new HashMap<>();
        final List<Round> roundsInOrder;
        final Map<String, Integer> emailsInFile = new HashMap<>();
        final Map<String, Integer> assignmentsInFile = new HashMap<>();
        private final Map<Long, List<Assignment>> existing = new HashMap<>();

        Lookups(Cohort cohort) {
            cohortName = cohort.getName();
            for (Municipality m : DataImports.this.municipalities.findAllByOrderByName()) {
                municipalities.put(DataColumn.plain(m.getName()), m);
                municipalities.put(DataColumn.plain(m.getCode()), m);
            }
            for (Organisation o : DataImports.this.organisations.findAllByOrderByName()) {
                organisations.put(DataColumn.plain(o.getName()), o);
                organisations.put(DataColumn.plain(o.getCode()), o);
            }
            referenceData.domains().forEach(d -> byCodeAndName(domains, d));
            referenceData.programmes().forEach(p -> byCodeAndName(programmes, p));
            roundsInOrder = DataImports.this.rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
            for (Round r : roundsInOrder) {
                rounds.put(DataColumn.plain(r.getName()), r);
                rounds.put(String.valueOf(r.getSequenceNumber()), r);
            }
        }

        private static <T extends ReferenceItem> void byCodeAndName(Map<String, T> map, T item) {
            map.put(DataColumn.plain(item.getName()), item);
            map.put(DataColumn.plain(item.name(java.util.Locale.ENGLISH)), item);
            map.put(DataColumn.plain(item.getCode()), item);
        }

        String domainNames() {
            return referenceData.domains().stream().map(PolicyDomain::getName).collect(Collectors.joining(", "));
        }

        String roundNames() {
            return roundsInOrder.stream()
                    .map(r -> r.getSequenceNumber() + " (" + r.getName() + ")")
                    .collect(Collectors.joining(", "));
        }

        List<Assignment> existing(Organisation organisation) {
            return existing.computeIfAbsent(
                    organisation.getId(), id -> assignments.findByOrganisationIdOrderByTitle(id));
        }
    }

    /** The cells of one row by column, with the texts the preview shows and the problems found in them. */
    private static final class Cells {

        private final TableFile.Row row;
        private final Map<DataColumn, Integer> positions;
        private final List<String> header;
        private final List<SheetProblem> problems;
        private final Map<DataColumn, String> shown = new EnumMap<>(DataColumn.class);
        private boolean failed;

        Cells(TableFile.Row row, Map<DataColumn, Integer> positions, List<String> header, List<SheetProblem> problems) {
            this.row = row;
            this.positions = positions;
            this.header = header;
            this.problems = problems;
            // a cell refused while reading (a formula) makes the row fail
            this.failed = problems.stream().anyMatch(p -> p.row() == row.number());
        }

        int row() {
            return row.number();
        }

        String value(DataColumn column) {
            Integer position = positions.get(column);
            return position == null ? "" : row.cell(position);
        }

        String header(DataColumn column) {
            Integer position = positions.get(column);
            return position == null ? column.header() : header.get(position);
        }

        String shown(DataColumn column) {
            return shown.getOrDefault(column, value(column));
        }

        void show(DataColumn column, String text) {
            shown.put(column, text);
        }

        boolean failed() {
            return failed;
        }

        void problem(DataColumn column, String key, Object... arguments) {
            failed = true;
            Integer position = positions.get(column);
            String cell = position == null ? null : TableFile.columnLetters(position) + row.number();
            if (cell != null && problems.stream().anyMatch(p -> p.row() == row.number() && cell.equals(p.cell()))) {
                return; // one problem per cell: the first, such as a formula where a value should be
            }
            problems.add(SheetProblem.ofCell(row.number(), cell, header(column), key, arguments));
        }

        String required(DataColumn column, int limit) {
            String value = value(column);
            if (value.isEmpty()) {
                problem(column, "dataImport.value.required", header(column));
                return null;
            }
            return limited(column, value, limit);
        }

        String optional(DataColumn column, int limit) {
            String value = value(column);
            return value.isEmpty() ? null : limited(column, value, limit);
        }

        private String limited(DataColumn column, String value, int limit) {
            if (value.length() > limit) {
                problem(column, "dataImport.value.tooLong", limit);
                return null;
            }
            return value;
        }

        /** Several values in one cell, separated by commas, semicolons or line breaks. */
        List<String> list(DataColumn column) {
            return java.util.Arrays.stream(value(column).split("[,;\\n]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        Integer number(DataColumn column, int min, int max) {
            String value = value(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            problem(column, "dataImport.value.number", value, min, max);
            return null;
        }

        /**
         * The known value the cell names, shown by its name; else a problem at the cell, whose message has the
         * value as its first argument and {@code hints} (such as the names the planner knows) after it.
         */
        <T> T lookUp(
                DataColumn column, Map<String, T> known, Function<T, String> name, String unknownKey, Object... hints) {
            String value = value(column);
            if (value.isEmpty()) {
                problem(column, "dataImport.value.required", header(column));
                return null;
            }
            T found = known.get(DataColumn.plain(value));
            if (found == null) {
                problem(
                        column,
                        unknownKey,
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(value), java.util.Arrays.stream(hints))
                                .toArray());
                return null;
            }
            show(column, name.apply(found));
            return found;
        }
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
