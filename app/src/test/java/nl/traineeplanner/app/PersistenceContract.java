package nl.traineeplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentFilter;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.evaluation.EvaluationMoment;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageLine;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.PlanningRunStatus;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the persistence layer promises, checked on every database we support: the subclasses run these same tests on
 * H2 and on PostgreSQL, each with a schema made by the Flyway migrations. Each test runs in a transaction that is
 * rolled back; it is declared here because the slice's own {@code @Transactional} does not reach inherited methods.
 */
@Transactional
public abstract class PersistenceContract {

    @Autowired
    protected EntityManager entityManager;

    @Autowired
    private MunicipalityRepository municipalities;

    @Autowired
    private ReferenceDataRepository referenceData;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private TraineePreferenceRepository preferences;

    private Round round1;
    private Round round2;
    private Organisation oldambt;
    private Organisation province;

    @BeforeEach
    void createCohortAndHosts() {
        Cohort cohort = cohorts.save(new Cohort("Lichting test"));
        round1 = rounds.save(new Round(cohort, 1, "Ronde 1", period(2027, 1)));
        round2 = rounds.save(new Round(cohort, 2, "Ronde 2", period(2027, 9)));
        oldambt = organisations.save(new Organisation(
                "t-oldambt",
                "Gemeente Oldambt",
                municipality("GM1895"),
                municipality("GM1895").centre()));
        province = organisations.save(new Organisation(
                "t-provincie",
                "Provincie Groningen",
                municipality("GM0014"),
                municipality("GM0014").centre()));
    }

    private static RoundPeriod period(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new RoundPeriod(start, start.plusMonths(8).minusDays(1), start.minusMonths(3), start.minusMonths(1));
    }

    private Municipality municipality(String code) {
        return municipalities.findById(code).orElseThrow();
    }

    private Assignment approved(
            Organisation host, String title, String programme, String domain, String tasks, Round... offeredIn) {
        Municipality place = host.getMunicipality();
        Assignment assignment = new Assignment(
                host,
                new AssignmentContent(
                        title,
                        referenceData.programme(programme).orElseThrow(),
                        referenceData.domain(domain).orElseThrow(),
                        null,
                        "Context van " + title,
                        tasks,
                        "Een advies",
                        place,
                        host.getLocation(),
                        Set.of(offeredIn),
                        1,
                        new AssignmentContent.Supervisor("Begeleider", "begeleider@example.nl"),
                        0));
        assignment.submit();
        assignment.approve();
        return assignments.save(assignment);
    }

    private List<String> titles(AssignmentFilter filter) {
        return assignments.findAll(filter.approved(), Sort.by("title")).stream()
                .map(Assignment::getTitle)
                .toList();
    }

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private AuditTrail audit;

    @Test
    void storesARunWithLongInstanceAndPlanDocumentsAndFinishesIt() {
        String instance = "{\"trainees\": \"" + "x".repeat(300_000) + "\"}";
        PlanningRun run = runs.save(new PlanningRun(
                round1,
                "Scenario A",
                "coordinator",
                LocalDateTime.now(),
                new WeightSettings(5, 2, 2, 3, 3, 1),
                10,
                instance));
        entityManager.flush();
        entityManager.clear();
        PlanningRun stored = runs.findById(run.getId()).orElseThrow();
        stored.finish("{\"plan\": \"" + "y".repeat(200_000) + "\"}", 1234, 1200, false, false, LocalDateTime.now());
        entityManager.flush();
        entityManager.clear();

        PlanningRun read = runs.findById(run.getId()).orElseThrow();
        assertThat(read.getInstanceJson()).hasSize(instance.length()).isEqualTo(instance);
        assertThat(read.getPlanJson()).hasSize(200_012);
        assertThat(read.getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
        assertThat(read.getWeights()).isEqualTo(new WeightSettings(5, 2, 2, 3, 3, 1));
        assertThat(read.getGap()).isEqualTo(34);
        assertThat(runs.findByRoundIdOrderByStartedAtDescIdDesc(round1.getId())).hasSize(1);
    }

    @Test
    void keepsTheAuditTrailOfARoundNewestFirst() {
        audit.record("coordinator", AuditAction.PREFERENCES_OPENED, round1.getId(), "Ronde 1", null);
        audit.record("coordinator", AuditAction.MATCHING_STARTED, round1.getId(), "Ronde 1", "vroeg, want vakantie");
        entityManager.flush();
        entityManager.clear();
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round1.getId()))
                .extracting(AuditEvent::getAction, AuditEvent::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.MATCHING_STARTED, "vroeg, want vakantie"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PREFERENCES_OPENED, null));
    }

    @Test
    void migrationsProvideTheTenMunicipalitiesBothProgrammesAndTheDomains() {
        assertThat(municipalities.findAllByOrderByName())
                .extracting(Municipality::getCode)
                .containsExactlyInAnyOrder(
                        "GM0014", "GM1966", "GM1969", "GM1979", "GM1952", "GM1895", "GM0765", "GM0047", "GM0037",
                        "GM1950");
        assertThat(referenceData.programmes()).extracting(p -> p.getCode()).containsExactlyInAnyOrder("tvg", "npg");
        assertThat(referenceData.domains()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void storesAnAssignmentWithItsRoundsAndReadsItBack() {
        Assignment saved =
                approved(oldambt, "Toekomst voor Oldambt", "npg", "programmamanagement", "Taken", round1, round2);
        entityManager.flush();
        entityManager.clear();

        Assignment read = assignments.findById(saved.getId()).orElseThrow();
        assertThat(read.getTitle()).isEqualTo("Toekomst voor Oldambt");
        assertThat(read.getOrganisation().getName()).isEqualTo("Gemeente Oldambt");
        assertThat(read.getRounds()).extracting(Round::getName).containsExactly("Ronde 1", "Ronde 2");
        assertThat(read.getMunicipality().getCode()).isEqualTo("GM1895");
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void filtersTheCatalogueByRoundProgrammeDomainAndMunicipality() {
        approved(oldambt, "Oldambt ronde 1", "npg", "programmamanagement", "Taken", round1);
        approved(oldambt, "Oldambt ronde 2", "tvg", "europa", "Taken", round2);
        approved(province, "Provincie beide rondes", "tvg", "europa", "Taken", round1, round2);

        assertThat(titles(new AssignmentFilter(round1.getId(), null, null, null, null)))
                .containsExactly("Oldambt ronde 1", "Provincie beide rondes");
        assertThat(titles(new AssignmentFilter(null, null, "tvg", null, null)))
                .containsExactly("Oldambt ronde 2", "Provincie beide rondes");
        assertThat(titles(new AssignmentFilter(round2.getId(), "europa", "tvg", "GM1895", null)))
                .containsExactly("Oldambt ronde 2");
    }

    @Test
    void searchesTitleAndDescriptionsCaseInsensitively() {
        approved(oldambt, "Dorpsvisies", "npg", "programmamanagement", "Werken met DATA en dashboards", round1);
        approved(province, "Waterstof in de EEMSHAVEN", "tvg", "economie-energie", "Analyseren", round1);
        approved(province, "Iets anders", "tvg", "europa", "Lobby", round1);

        assertThat(titles(new AssignmentFilter(null, null, null, null, "dashboards")))
                .containsExactly("Dorpsvisies");
        assertThat(titles(new AssignmentFilter(null, null, null, null, "eemshaven")))
                .containsExactly("Waterstof in de EEMSHAVEN");
        assertThat(titles(new AssignmentFilter(null, null, null, null, "Context van iets")))
                .containsExactly("Iets anders");
    }

    @Test
    void searchTakesWildcardCharactersLiterally() {
        approved(oldambt, "Honderd procent", "npg", "programmamanagement", "Taken", round1);
        approved(oldambt, "Score 100% gehaald", "npg", "programmamanagement", "Taken", round1);

        assertThat(titles(new AssignmentFilter(null, null, null, null, "100%"))).containsExactly("Score 100% gehaald");
        assertThat(titles(new AssignmentFilter(null, null, null, null, "%"))).containsExactly("Score 100% gehaald");
    }

    @Test
    void catalogueLeavesOutAssignmentsThatAreNotApproved() {
        Assignment draft = new Assignment(
                oldambt,
                new AssignmentContent(
                        "Nog een concept",
                        referenceData.programme("npg").orElseThrow(),
                        referenceData.domain("data").orElseThrow(),
                        null,
                        "c",
                        "t",
                        "r",
                        oldambt.getMunicipality(),
                        oldambt.getLocation(),
                        Set.of(round1),
                        1,
                        new AssignmentContent.Supervisor("B", "b@example.nl"),
                        0));
        assignments.save(draft);
        approved(oldambt, "Goedgekeurd", "npg", "data", "Taken", round1);

        assertThat(titles(AssignmentFilter.none())).containsExactly("Goedgekeurd");
    }

    @Test
    void refusesToSaveAStaleCopy() {
        Assignment saved = approved(oldambt, "Origineel", "npg", "programmamanagement", "Taken", round1);
        entityManager.flush();
        entityManager.clear();
        Assignment stale = assignments.findById(saved.getId()).orElseThrow();
        entityManager.detach(stale);

        Assignment fresh = assignments.findById(saved.getId()).orElseThrow();
        fresh.revise(new AssignmentContent(
                "Door een ander gewijzigd",
                fresh.getProgramme(),
                fresh.getDomain(),
                null,
                "c",
                "t",
                "r",
                fresh.getMunicipality(),
                fresh.getLocation(),
                Set.of(round1),
                1,
                fresh.getSupervisor(),
                0));
        entityManager.flush();
        entityManager.clear();

        assertThatThrownBy(() -> assignments.saveAndFlush(stale))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void keepsRoundStatusAndVersion() {
        round1.openPreferences();
        entityManager.flush();
        entityManager.clear();

        Round read = rounds.findById(round1.getId()).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(RoundStatus.PREFERENCES_OPEN);
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void storesTraineesWithInterestsExclusionsAndRankedPreferences() {
        Assignment first = approved(oldambt, "Eerste keus", "npg", "programmamanagement", "Taken", round1);
        Assignment second = approved(province, "Tweede keus", "tvg", "europa", "Taken", round1);
        Trainee trainee = new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Julia van Dijk",
                        "julia@example.nl",
                        "06-12345678",
                        "Pedagogiek",
                        Set.of(referenceData.domain("onderwijs-jeugd").orElseThrow()),
                        municipality("GM1895"),
                        municipality("GM1895").centre(),
                        40));
        trainee.exclude(province);
        trainees.save(trainee);
        preferences.save(new TraineePreference(trainee, round1, second, 2, "Ook mooi"));
        preferences.save(new TraineePreference(trainee, round1, first, 1, "Dichtbij huis"));
        entityManager.flush();
        entityManager.clear();

        Trainee read = trainees.findById(trainee.getId()).orElseThrow();
        assertThat(read.getMaxTravelKm()).contains(40);
        assertThat(read.getExcludedOrganisations())
                .extracting(Organisation::getCode)
                .containsExactly("t-provincie");
        assertThat(read.getInterests()).extracting(d -> d.getCode()).containsExactly("onderwijs-jeugd");
        assertThat(preferences.findByTraineeOrderByRoundStartDateAscRankAsc(read))
                .extracting(p -> p.getAssignment().getTitle())
                .containsExactly("Eerste keus", "Tweede keus");
    }

    @Test
    void refusesTwoPreferencesWithTheSameRankInOneRound() {
        Assignment first = approved(oldambt, "Eerste", "npg", "programmamanagement", "Taken", round1);
        Assignment other = approved(province, "Ander", "tvg", "europa", "Taken", round1);
        Trainee trainee = trainees.save(new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Bram Visser",
                        "bram@example.nl",
                        null,
                        "Economie",
                        Set.of(),
                        municipality("GM0014"),
                        municipality("GM0014").centre(),
                        null)));
        preferences.save(new TraineePreference(trainee, round1, first, 1, null));

        // Identity keys make the insert happen at once, so the database answers on save (or at the latest on flush).
        assertThatThrownBy(() -> {
                    preferences.save(new TraineePreference(trainee, round1, other, 1, null));
                    entityManager.flush();
                })
                .isInstanceOfAny(
                        DataIntegrityViolationException.class,
                        org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void databaseRefusesACapacityBelowOne() {
        Assignment saved = approved(oldambt, "Capaciteit", "npg", "programmamanagement", "Taken", round1);
        entityManager.flush();

        assertThatThrownBy(() -> entityManager
                        .createNativeQuery("update assignment set capacity = 0 where id = " + saved.getId())
                        .executeUpdate())
                .isInstanceOfAny(
                        DataIntegrityViolationException.class,
                        org.hibernate.exception.ConstraintViolationException.class,
                        jakarta.persistence.PersistenceException.class);
    }

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private MessageRepository messages;

    @Test
    void storesMessagesWithTheirLinesForATraineeOrAHostAccountAndCountsTheUnread() {
        Trainee trainee = trainees.save(new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Julia van Dijk",
                        "julia@example.org",
                        null,
                        "Pedagogiek",
                        Set.of(),
                        municipality("GM1895"),
                        municipality("GM1895").centre(),
                        null)));
        UserAccount host = UserAccount.host("t-host", "hash", "Harm", oldambt);
        host.changeEmail("harm@example.org");
        accounts.save(host);
        Message toTrainee =
                messages.save(Message.traineePlaced(trainee, round1, "Gemeente Oldambt", "Toekomst voor Oldambt"));
        Message toHost = messages.save(Message.hostPlaced(
                host,
                round1,
                List.of(
                        new MessageLine("Julia van Dijk", "Toekomst voor Oldambt"),
                        new MessageLine("Kees Bakker", "Grensregio"))));
        toHost.markRead(LocalDateTime.now());
        entityManager.flush();
        entityManager.clear();

        assertThat(accounts.findByUsername("t-host").orElseThrow().getEmail()).contains("harm@example.org");
        Message read = messages.findById(toHost.getId()).orElseThrow();
        assertThat(read.getLines())
                .extracting(MessageLine::getTraineeName, MessageLine::getAssignmentTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Julia van Dijk", "Toekomst voor Oldambt"),
                        org.assertj.core.groups.Tuple.tuple("Kees Bakker", "Grensregio"));
        assertThat(read.getStartDate()).isEqualTo(round1.getStartDate());
        assertThat(read.getOrganisationName()).isEqualTo("Gemeente Oldambt");
        assertThat(messages.countByRecipientAccountIdAndReadAtIsNull(host.getId()))
                .isZero();
        assertThat(messages.countByRecipientTraineeIdAndReadAtIsNull(trainee.getId()))
                .isEqualTo(1);
        assertThat(messages.findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(trainee.getId()))
                .extracting(Message::getId)
                .containsExactly(toTrainee.getId());
        assertThat(messages.findByRoundIdOrderById(round1.getId())).hasSize(2);
    }

    @Test
    void databaseRefusesAMessageWithoutOrWithTwoRecipients() {
        Message message =
                messages.save(Message.traineePlaced(trainee(), round1, "Gemeente Oldambt", "Toekomst voor Oldambt"));
        entityManager.flush();

        assertThatThrownBy(() -> entityManager
                        .createNativeQuery(
                                "update inbox_message set recipient_trainee_id = null where id = " + message.getId())
                        .executeUpdate())
                .isInstanceOfAny(
                        DataIntegrityViolationException.class,
                        org.hibernate.exception.ConstraintViolationException.class,
                        jakarta.persistence.PersistenceException.class);
    }

    private Trainee trainee() {
        return trainees.save(new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Kees Bakker",
                        "kees@example.org",
                        null,
                        "Bestuurskunde",
                        Set.of(),
                        municipality("GM0014"),
                        municipality("GM0014").centre(),
                        null)));
    }

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private EvaluationFormRepository evaluationForms;

    @Test
    void keepsTheDaysTheEvaluationsOfARoundOpen() {
        round1.scheduleEvaluations(LocalDate.of(2027, 4, 15), LocalDate.of(2027, 8, 1));
        entityManager.flush();
        entityManager.clear();

        Round read = rounds.findById(round1.getId()).orElseThrow();
        assertThat(read.getMidTermEvaluationOpens()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(read.getFinalEvaluationOpens()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(rounds.findById(round2.getId()).orElseThrow().getMidTermEvaluationOpens())
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void storesAnEvaluationFormWithItsAnswersAndRefusesASecondOfTheSameKind() {
        Placement placement = new Placement(
                trainee(), round1, approved(oldambt, "Evaluatie", "npg", "programmamanagement", "Taken", round1));
        placement.publish();
        placements.save(placement);
        EvaluationForm form =
                evaluationForms.save(new EvaluationForm(placement, EvaluationMoment.MID_TERM, EvaluationAuthor.HOST));
        form.save(
                new EvaluationAnswers(
                        new Answer(4, "Leert snel"),
                        new Answer(5, null),
                        new Answer(3, "ö".repeat(EvaluationAnswers.TEXT_MAX)),
                        new Answer(5, "Zeker"),
                        "Fijne samenwerking"),
                true,
                0,
                round1.getMidTermEvaluationOpens(),
                "host",
                LocalDateTime.of(2027, 5, 2, 9, 30));
        entityManager.flush();
        entityManager.clear();

        EvaluationForm read = evaluationForms.findById(form.getId()).orElseThrow();
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.isSubmitted()).isTrue();
        assertThat(read.getSubmittedAt()).isEqualTo(LocalDateTime.of(2027, 5, 2, 9, 30));
        assertThat(read.answers().learningGoals()).isEqualTo(new Answer(4, "Leert snel"));
        assertThat(read.answers().supervision().text()).hasSize(EvaluationAnswers.TEXT_MAX);
        assertThat(read.getRemark()).isEqualTo("Fijne samenwerking");
        assertThat(evaluationForms.findByPlacementAssignmentOrganisationId(oldambt.getId()))
                .extracting(EvaluationForm::getId)
                .containsExactly(form.getId());

        assertThatThrownBy(() -> {
                    evaluationForms.save(
                            new EvaluationForm(read.getPlacement(), EvaluationMoment.MID_TERM, EvaluationAuthor.HOST));
                    entityManager.flush();
                })
                .isInstanceOfAny(
                        DataIntegrityViolationException.class,
                        org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void databaseRefusesAScoreOutsideOneToFive() {
        Placement placement = new Placement(
                trainee(), round1, approved(oldambt, "Score", "npg", "programmamanagement", "Taken", round1));
        placement.publish();
        placements.save(placement);
        EvaluationForm form =
                evaluationForms.save(new EvaluationForm(placement, EvaluationMoment.FINAL, EvaluationAuthor.TRAINEE));
        entityManager.flush();

        assertThatThrownBy(() -> entityManager
                        .createNativeQuery("update evaluation_form set again_score = 6 where id = " + form.getId())
                        .executeUpdate())
                .isInstanceOfAny(
                        DataIntegrityViolationException.class,
                        org.hibernate.exception.ConstraintViolationException.class,
                        jakarta.persistence.PersistenceException.class);
    }

    /**
     * What anonymising a former trainee changes in the database, on every database: the trainee keeps no home (the
     * columns take none), the audit trail's names, user names and reasons are rewritten in plain SQL, and a message to
     * a host is found by the name it lists.
     */
    @Test
    void forgetsAFormerTraineeInProfileMessagesAndAuditTrail() {
        Trainee trainee = trainees.save(new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Julia van Dijk",
                        "julia@example.org",
                        "06-12345678",
                        "Pedagogiek",
                        Set.of(referenceData.domain("onderwijs-jeugd").orElseThrow()),
                        municipality("GM1895"),
                        new nl.traineeplanner.app.organisation.GeoPoint(53.123456, 7.054321),
                        40)));
        UserAccount host = accounts.save(UserAccount.host("t-host", "hash", "Harm", oldambt));
        Message toHost = messages.save(Message.hostPlaced(
                host,
                round1,
                List.of(new MessageLine("Julia van Dijk", "Toekomst"), new MessageLine("Kees Bakker", "Grensregio"))));
        audit.append(AuditEvent.aboutTrainee(
                java.time.Instant.now(),
                "julia@example.org",
                AuditAction.HUMAN_REVIEW_REQUESTED,
                round1.getId(),
                trainee.getId(),
                "Julia van Dijk: Toekomst",
                "Ik woon in Winschoten"));
        audit.record("coordinator", AuditAction.PLACEMENT_MOVED, round1.getId(), "Julia van Dijk: A → B", null);
        audit.record("coordinator", AuditAction.PLACEMENT_MOVED, round1.getId(), "Kees Bakker: A → B", null);
        entityManager.flush();
        entityManager.clear();

        assertThat(trainees.findById(trainee.getId()).orElseThrow().getHome())
                .isEqualTo(new nl.traineeplanner.app.organisation.GeoPoint(53.12, 7.05));
        List<Message> naming =
                messages.findNamingTrainee("Julia van Dijk", round1.getCohort().getId());
        assertThat(naming).extracting(Message::getId).containsExactly(toHost.getId());
        assertThat(naming.get(0).anonymiseTrainee("Julia van Dijk", "Oud-trainee 0A1B"))
                .isTrue();
        trainees.findById(trainee.getId())
                .orElseThrow()
                .anonymise("Oud-trainee 0A1B", "oud-trainee-0a1b@geanonimiseerd.invalid", LocalDateTime.now());
        audit.allowRewrite();
        assertThat(audit.removeReasons(AuditAction.HUMAN_REVIEW_REQUESTED, trainee.getId(), "julia@example.org"))
                .isEqualTo(1);
        assertThat(audit.replaceText("Julia van Dijk", "Oud-trainee 0A1B")).isEqualTo(2);
        assertThat(audit.replaceUsername("julia@example.org", "oud-trainee-0a1b"))
                .isEqualTo(1);
        entityManager.clear();

        Trainee read = trainees.findById(trainee.getId()).orElseThrow();
        assertThat(read.getName()).isEqualTo("Oud-trainee 0A1B");
        assertThat(read.getHome()).isNull();
        assertThat(read.getHomeMunicipality()).isNull();
        assertThat(read.getInterests()).isEmpty();
        assertThat(read.getPhone()).isNull();
        assertThat(read.getAnonymisedAt()).isNotNull();
        assertThat(messages.findById(toHost.getId()).orElseThrow().getLines())
                .extracting(MessageLine::getTraineeName)
                .containsExactly("Oud-trainee 0A1B", "Kees Bakker");
        assertThat(audit.findAboutTrainee(trainee.getId(), "oud-trainee-0a1b"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail()).isEqualTo("Oud-trainee 0A1B: Toekomst");
                    assertThat(e.getReason()).isNull();
                });
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(round1.getId()))
                .extracting(AuditEvent::getDetail)
                .contains("Oud-trainee 0A1B: A → B", "Kees Bakker: A → B")
                .noneMatch(d -> d.contains("Julia"));
    }

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * The retention period of the audit trail removes its oldest sealed lines, and only those; the chain then starts
     * after the seal of the last line removed, so its check still passes, also for lines sealed afterwards.
     */
    @Test
    void theOldestAuditLinesAreRemovedAndTheChainStillHolds() {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant nineYearsAgo = now.minus(java.time.Duration.ofDays(9 * 366));
        audit.append(new AuditEvent(nineYearsAgo, "coordinator", AuditAction.ROUND_STARTED, null, "oud 1", null));
        audit.append(new AuditEvent(
                nineYearsAgo.plusSeconds(60), "coordinator", AuditAction.ROUND_CLOSED, null, "oud 2", null));
        audit.append(new AuditEvent(now, "coordinator", AuditAction.ROUND_STARTED, null, "nieuw", null));
        nl.traineeplanner.app.audit.SealNow.waiting(jdbc, entityManager);
        assertThat(audit.check().intact()).isTrue();

        var removed = audit.removeBefore(now.minus(java.time.Duration.ofDays(7 * 366)));

        // on PostgreSQL the schema can hold old lines committed by another test, which go too
        assertThat(removed.events()).isGreaterThanOrEqualTo(2);
        entityManager.clear();
        assertThat(audit.findAll())
                .extracting(AuditEvent::getDetail)
                .contains("nieuw")
                .doesNotContain("oud 1", "oud 2");
        assertThat(audit.check().intact())
                .as("the chain starts after the last line removed")
                .isTrue();
        assertThat(audit.removeBefore(now.minus(java.time.Duration.ofDays(7 * 366)))
                        .events())
                .as("nothing is left to remove")
                .isZero();
        audit.append(new AuditEvent(now, "coordinator", AuditAction.ROUND_CLOSED, null, "daarna", null));
        nl.traineeplanner.app.audit.SealNow.waiting(jdbc, entityManager);
        assertThat(audit.check().intact()).isTrue();
        audit.allowRewrite();
        audit.resealAll();
        assertThat(audit.check().intact()).as("sealing again keeps the start").isTrue();
    }
}
