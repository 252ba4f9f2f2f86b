package nl.traineeplanner.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with the demo cohort (profile {@code demo}, the default): organisations, assignments,
 * trainees with preferences, host rankings and one account per role. It never runs in {@code prod}, and never touches
 * a database that already holds organisations.
 */
@Component
@Profile("demo & !prod")
class DemoDataLoader implements ApplicationRunner {

    static final String RESOURCE = "demo/demo-data.json";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JsonMapper json;
    private final PasswordEncoder passwords;
    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final OrganisationRepository organisations;
    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final AssignmentRepository assignments;
    private final TraineeRepository trainees;
    private final UserAccountRepository accounts;
    private final DemoPreferences preferences;
    private final Clock clock;
    private final DemoEarlierCohort earlier;
    private final boolean earlierCohort;

    DemoDataLoader(
            JsonMapper json,
            PasswordEncoder passwords,
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            OrganisationRepository organisations,
            CohortRepository cohorts,
            RoundRepository rounds,
            AssignmentRepository assignments,
            TraineeRepository trainees,
            UserAccountRepository accounts,
            DemoPreferences preferences,
            Clock clock,
            DemoEarlierCohort earlier,
            @Value("${traineeplanner.demo.earlier-cohort:true}") boolean earlierCohort) {
        this.clock = clock;
        this.earlier = earlier;
        this.earlierCohort = earlierCohort;
        this.json = json;
        this.passwords = passwords;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.assignments = assignments;
        this.trainees = trainees;
        this.accounts = accounts;
        this.preferences = preferences;
    }

    @Override
    @Transactional
    @nl.traineeplanner.app.system.SystemJob("demo-data")
    public void run(ApplicationArguments args) throws IOException {
        if (organisations.count() > 0) {
            log.info("Database already holds data; demo data not loaded");
            return;
        }
        DemoData data = read();
        Map<String, Organisation> orgs = loadOrganisations(data);
        List<Round> cohortRounds = loadCohort(data);
        List<Assignment> offered = loadAssignments(data, orgs, cohortRounds);
        List<Trainee> people = loadTrainees(data, orgs, cohortRounds.get(0).getCohort());
        cohortRounds.forEach(round -> preferences.create(people, offered, round));
        loadAccounts(data, orgs, people);
        if (earlierCohort && data.earlierCohort() != null) {
            earlier.load(data.earlierCohort(), shiftDays(data), offered, orgs);
        }
        log.info(
                "Demo data loaded: {} organisations, {} assignments, {} trainees",
                orgs.size(),
                offered.size(),
                people.size());
    }

    /** The demo stands where it stood on its date: every date moves by as many days as today is later. */
    private long shiftDays(DemoData data) {
        return Math.max(0, ChronoUnit.DAYS.between(data.cohort().datedFor(), LocalDate.now(clock)));
    }

    private DemoData read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoData.class);
        }
    }

    private Map<String, Organisation> loadOrganisations(DemoData data) {
        Map<String, Organisation> byCode = new HashMap<>();
        for (DemoData.Organisation o : data.organisations()) {
            Organisation saved = organisations.save(new Organisation(
                    o.code(), o.name(), municipality(o.municipality()), new GeoPoint(o.lat(), o.lon())));
            byCode.put(o.code(), saved);
        }
        return byCode;
    }

    private List<Round> loadCohort(DemoData data) {
        Cohort cohort = cohorts.save(new Cohort(data.cohort().name()));
        long shiftDays = shiftDays(data);
        List<DemoData.Round> given = data.cohort().rounds();
        for (int i = 0; i < given.size(); i++) {
            DemoData.Round r = given.get(i);
            Round round = new Round(cohort, i + 1, r.name(), r.period(shiftDays));
            advance(round, RoundStatus.valueOf(r.status()));
            rounds.save(round);
        }
        return rounds.findAllByOrderByStartDate();
    }

    /** Walks the round through its own guarded steps up to the wanted status. */
    static void advance(Round round, RoundStatus wanted) {
        while (round.getStatus().compareTo(wanted) < 0) {
            switch (round.getStatus()) {
                case INTAKE -> round.openPreferences();
                case PREFERENCES_OPEN -> round.startMatching();
                case MATCHING -> round.publish();
                case PUBLISHED -> round.start();
                case RUNNING -> round.close();
                case CLOSED -> throw new IllegalStateException("closed is the last status");
            }
        }
    }

    private List<Assignment> loadAssignments(DemoData data, Map<String, Organisation> orgs, List<Round> cohortRounds) {
        return data.assignments().stream()
                .map(a -> assignments.save(assignment(a, orgs.get(a.organisation()), cohortRounds)))
                .toList();
    }

    private Assignment assignment(DemoData.Assignment a, Organisation organisation, List<Round> cohortRounds) {
        Municipality municipality =
                a.municipality() == null ? organisation.getMunicipality() : municipality(a.municipality());
        GeoPoint location;
        if (a.lat() != null && a.lon() != null) {
            location = new GeoPoint(a.lat(), a.lon());
        } else if (municipality.getCode().equals(organisation.getMunicipality().getCode())) {
            location = organisation.getLocation();
        } else {
            location = municipality.centre();
        }
        Set<Round> offeredIn =
                a.rounds().stream().map(n -> cohortRounds.get(n - 1)).collect(Collectors.toSet());
        AssignmentContent content = new AssignmentContent(
                a.title(),
                referenceData.programme(a.programme()).orElseThrow(),
                domain(a.domain()),
                a.themes(),
                a.context(),
                a.tasks(),
                a.expectedResult(),
                municipality,
                location,
                offeredIn,
                a.capacity(),
                new AssignmentContent.Supervisor(
                        a.supervisor().name(), a.supervisor().email()),
                a.unfilledPenalty());
        Assignment assignment = new Assignment(organisation, content);
        switch (a.status()) {
            case "DRAFT" -> {}
            case "SUBMITTED" -> assignment.submit();
            case "CHANGES_REQUESTED" -> {
                assignment.submit();
                assignment.requestChanges(a.reviewComment());
            }
            case "APPROVED" -> {
                assignment.submit();
                assignment.approve();
            }
            default -> throw new IllegalArgumentException("unknown status in demo data: " + a.status());
        }
        return assignment;
    }

    private List<Trainee> loadTrainees(DemoData data, Map<String, Organisation> orgs, Cohort cohort) {
        return data.trainees().stream()
                .map(t -> {
                    Municipality home = municipality(t.home());
                    Set<PolicyDomain> interests =
                            t.interests().stream().map(this::domain).collect(Collectors.toSet());
                    Trainee trainee = new Trainee(
                            cohort,
                            new TraineeProfile(
                                    t.name(),
                                    t.email(),
                                    t.phone(),
                                    t.education(),
                                    interests,
                                    home,
                                    home.centre(),
                                    t.maxTravelKm()));
                    if (t.excludedOrganisations() != null) {
                        t.excludedOrganisations().forEach(code -> trainee.exclude(orgs.get(code)));
                    }
                    return trainees.save(trainee);
                })
                .toList();
    }

    private void loadAccounts(DemoData data, Map<String, Organisation> orgs, List<Trainee> people) {
        DemoData.Account coordinator = data.accounts().coordinator();
        UserAccount coordinatorAccount = UserAccount.coordinator(
                coordinator.username(), passwords.encode(coordinator.password()), coordinator.displayName());
        coordinatorAccount.changeEmail(coordinator.email());
        accounts.save(coordinatorAccount);
        for (DemoData.Account host : data.accounts().hosts()) {
            UserAccount hostAccount = UserAccount.host(
                    host.username(),
                    passwords.encode(host.password()),
                    host.displayName(),
                    orgs.get(host.organisation()));
            hostAccount.changeEmail(host.email());
            accounts.save(hostAccount);
        }
        for (DemoData.Account trainee : data.accounts().trainees()) {
            Trainee linked = people.stream()
                    .filter(t -> t.getEmail().equals(trainee.trainee()))
                    .findFirst()
                    .orElseThrow();
            accounts.save(UserAccount.trainee(trainee.username(), passwords.encode(trainee.password()), linked));
        }
    }

    private Municipality municipality(String code) {
        return municipalities
                .findById(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown municipality in demo data: " + code));
    }

    private PolicyDomain domain(String code) {
        return referenceData
                .domain(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown domain in demo data: " + code));
    }
}
