package nl.traineeplanner.app.privacy;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.evaluation.EvaluationMoment;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.importexport.PlanImport;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.planning.RoundStep;
import nl.traineeplanner.app.portal.HumanReviews;
import nl.traineeplanner.app.preference.Choice;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanWriter;
import org.springframework.context.ApplicationContext;

/**
 * Anna de Jong (account {@code trainee}) with everything the planner can keep about a trainee, built through the
 * application's own services inside the test's transaction: a home of her own near Veendam, her list for demo round 1 with
 * a motivation that gives her e-mail address, a plan of the round stored as a run and accepted, the round published
 * (messages to her and to the hosts) and moved into the past so that its mid-term evaluation is open, a
 * self-evaluation in draft and the host's evaluation about her submitted, and a
 * request for a human review. {@link #closeCohort} then ends her traineeship.
 */
public final class FormerTraineeScene {

    public static final String NAME = "Anna de Jong";
    public static final String EMAIL = "anna.de.jong@trainee.example.nl";
    public static final String PHONE = "06-31400000";
    public static final String USERNAME = "trainee";
    /** Her home as given, and as it is kept (two decimals). */
    public static final GeoPoint GIVEN_HOME = new GeoPoint(53.1234, 6.9123);

    public static final GeoPoint KEPT_HOME = new GeoPoint(53.12, 6.91);

    public static final String MOTIVATION = "Mail me gerust op " + EMAIL + " of bel " + PHONE + ".";
    public static final String HOST_REMARK = NAME + " werkt zelfstandig en houdt van Veendam.";
    public static final String OWN_TEXT = "Ik leer veel van de begeleiding.";
    public static final String HOST_TEXT = "Leert snel en vraagt door.";
    public static final String REVIEW_REASON = "Ik (" + NAME + ") woon in Veendam, dat ligt ver van deze opdracht.";

    public final Trainee anna;
    public final Round round;
    public final Placement placement;
    public final PlanningRun run;
    private final ApplicationContext context;

    private FormerTraineeScene(
            ApplicationContext context, Trainee anna, Round round, Placement placement, PlanningRun run) {
        this.context = context;
        this.anna = anna;
        this.round = round;
        this.placement = placement;
        this.run = run;
    }

    public static FormerTraineeScene build(ApplicationContext context) {
        TraineeRepository trainees = context.getBean(TraineeRepository.class);
        RoundRepository rounds = context.getBean(RoundRepository.class);
        RoundDecisions decisions = context.getBean(RoundDecisions.class);
        PreferenceLists lists = context.getBean(PreferenceLists.class);

        Trainee anna = trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(NAME))
                .findFirst()
                .orElseThrow();
        anna.updateProfile(new TraineeProfile(
                anna.getName(),
                anna.getEmail(),
                anna.getPhone(),
                anna.getEducation(),
                java.util.Set.copyOf(anna.getInterests()),
                context.getBean(MunicipalityRepository.class).findById("GM0047").orElseThrow(),
                GIVEN_HOME,
                null));
        trainees.flush();

        Round round = rounds.findAllByOrderByStartDate().get(0);
        PreferenceLists.RankedList list = lists.listOf(anna, round);
        List<Choice> choices = list.choices().stream()
                .map(c -> new Choice(c.getAssignment().getId(), c.getRank() == 1 ? MOTIVATION : c.getMotivation()))
                .toList();
        AsUser.run(USERNAME, "TRAINEE", () -> lists.save(anna, round, choices, list.version()));

        String plan = PlanWriter.toJson(Plan.ofPlacements(DeferredAcceptance.plan(
                new Problem(context.getBean(RoundInstances.class).forRound(round, Weights.DEFAULTS)))));
        long runId = AsUser.call(
                "coordinator",
                "COORDINATOR",
                () -> context.getBean(PlanImport.class)
                        .importPlan(round, plan, "plan.json", "coordinator")
                        .runId());
        PlanningRun run =
                context.getBean(PlanningRunRepository.class).findById(runId).orElseThrow();
        nl.traineeplanner.app.AsCoordinator.run(() -> {
            decisions.step(round, RoundStep.START_MATCHING, "alle voorkeuren zijn binnen", false, "coordinator");
            decisions.accept(run, "coordinator");
            decisions.publish(round, null, "coordinator");
        });

        Placement placement = context
                .getBean(PlacementRepository.class)
                .findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED)
                .stream()
                .filter(p -> p.getTrainee().getId().equals(anna.getId()))
                .findFirst()
                .orElseThrow();
        // the round is moved into the past, so that its mid-term evaluation is open on the tests' day, 1 December 2026
        round.reschedule(new RoundPeriod(
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 2, 28),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 1)));
        round.scheduleEvaluations(LocalDate.of(2026, 11, 25), LocalDate.of(2027, 2, 14));
        Evaluations evaluations = context.getBean(Evaluations.class);
        EvaluationFormRepository forms = context.getBean(EvaluationFormRepository.class);
        EvaluationForm host = form(forms, placement, EvaluationAuthor.HOST);
        AsUser.run(
                "host",
                "HOST",
                () -> evaluations.save(host, answers(HOST_TEXT, HOST_REMARK), true, host.getVersion(), "host"));
        EvaluationForm own = form(forms, placement, EvaluationAuthor.TRAINEE);
        AsUser.run(
                USERNAME,
                "TRAINEE",
                () -> evaluations.save(own, answers(OWN_TEXT, null), false, own.getVersion(), USERNAME));

        context.getBean(HumanReviews.class).request(placement, REVIEW_REASON, USERNAME);
        return new FormerTraineeScene(context, anna, round, placement, run);
    }

    /** The trainee submits her self-evaluation too, so that each sees the other's form. */
    public void traineeSubmits() {
        EvaluationForm own = form(context.getBean(EvaluationFormRepository.class), placement, EvaluationAuthor.TRAINEE);
        AsUser.run(
                USERNAME,
                "TRAINEE",
                () -> context.getBean(Evaluations.class)
                        .save(own, answers(OWN_TEXT, null), true, own.getVersion(), USERNAME));
    }

    /** Ends the traineeship: every round of Anna's cohort is closed. */
    public void closeCohort() {
        RoundDecisions decisions = context.getBean(RoundDecisions.class);
        nl.traineeplanner.app.AsCoordinator.run(() -> {
            decisions.step(round, RoundStep.START, null, false, "coordinator");
            decisions.step(round, RoundStep.CLOSE, null, false, "coordinator");
        });
        for (Round later : context.getBean(RoundRepository.class)
                .findByCohortIdOrderBySequenceNumber(round.getCohort().getId())) {
            if (later.getStatus() == RoundStatus.INTAKE) {
                // nothing was planned in the later rounds of this test; they simply run their course
                later.openPreferences();
                later.startMatching();
                later.publish();
                later.start();
                later.close();
            }
        }
        context.getBean(RoundRepository.class).flush();
    }

    private static EvaluationForm form(EvaluationFormRepository forms, Placement placement, EvaluationAuthor author) {
        return forms.findByPlacementId(placement.getId()).stream()
                .filter(f -> f.getMoment() == EvaluationMoment.MID_TERM && f.getAuthor() == author)
                .findFirst()
                .orElseThrow();
    }

    private static EvaluationAnswers answers(String text, String remark) {
        return new EvaluationAnswers(
                new Answer(4, text), new Answer(4, null), new Answer(5, null), new Answer(4, null), remark);
    }
}
