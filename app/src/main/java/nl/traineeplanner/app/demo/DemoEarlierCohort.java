package nl.traineeplanner.app.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo's earlier cohort, a year ahead of the main one: its first round is over, its second is running with
 * published placements whose mid-term evaluations are due (and overdue), its third is still to come. Its second round
 * is planned by deferred acceptance and published the way a coordinator would, so trainees, hosts and the coordinator
 * find messages, placements and evaluations on first start.
 */
@Component
class DemoEarlierCohort {

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final TraineeRepository trainees;
    private final AssignmentRepository assignments;
    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final PlacementRepository placements;
    private final RoundInstances instances;
    private final RoundDecisions decisions;
    private final DemoPreferences preferences;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    DemoEarlierCohort(
            CohortRepository cohorts,
            RoundRepository rounds,
            TraineeRepository trainees,
            AssignmentRepository assignments,
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            PlacementRepository placements,
            RoundInstances instances,
            RoundDecisions decisions,
            DemoPreferences preferences,
            UserAccountRepository accounts,
            PasswordEncoder passwords) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.trainees = trainees;
        this.assignments = assignments;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.placements = placements;
        this.instances = instances;
        this.decisions = decisions;
        this.preferences = preferences;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Loads the earlier cohort; its running round offers the approved assignments of the main cohort's first round. */
    void load(DemoData.EarlierCohort given, long shiftDays, List<Assignment> offered, Map<String, Organisation> orgs) {
        Cohort cohort = cohorts.save(new Cohort(given.name()));
        Round running = null;
        for (int i = 0; i < given.rounds().size(); i++) {
            DemoData.Round r = given.rounds().get(i);
            Round round = rounds.save(new Round(cohort, i + 1, r.name(), r.period(shiftDays)));
            RoundStatus wanted = RoundStatus.valueOf(r.status());
            if (wanted == RoundStatus.RUNNING) {
                running = round;
                round.openPreferences();
            } else {
                DemoDataLoader.advance(round, wanted);
            }
        }
        if (running == null) {
            throw new IllegalStateException("the earlier demo cohort needs a running round");
        }
        Round planned = running;
        List<Assignment> inRound = offered.stream()
                .filter(a -> a.getRounds().stream().anyMatch(r -> r.getSequenceNumber() == 1))
                .toList();
        inRound.forEach(a -> a.offerIn(planned));
        assignments.flush();
        List<Trainee> people =
                given.trainees().stream().map(t -> trainee(t, cohort)).toList();
        preferences.create(people, inRound, planned);
        planned.startMatching();
        placements.saveAll(instances
                .placementsOf(
                        planned, DeferredAcceptance.plan(new Problem(instances.forRound(planned, Weights.DEFAULTS))))
                .orElseThrow());
        decisions.publish(planned, null, "coordinator");
        planned.start();
        for (DemoData.Account account : given.accounts()) {
            Trainee linked = people.stream()
                    .filter(t -> t.getEmail().equals(account.trainee()))
                    .findFirst()
                    .orElseThrow();
            accounts.save(UserAccount.trainee(account.username(), passwords.encode(account.password()), linked));
        }
    }

    private Trainee trainee(DemoData.Trainee t, Cohort cohort) {
        Municipality home = municipalities
                .findById(t.home())
                .orElseThrow(() -> new IllegalArgumentException("unknown municipality in demo data: " + t.home()));
        Set<PolicyDomain> interests = t.interests().stream()
                .map(code -> referenceData.domain(code).orElseThrow())
                .collect(Collectors.toSet());
        return trainees.save(new Trainee(
                cohort,
                new TraineeProfile(
                        t.name(),
                        t.email(),
                        t.phone(),
                        t.education(),
                        interests,
                        home,
                        home.centre(),
                        t.maxTravelKm())));
    }
}
