package nl.traineeplanner.app.evaluation.web;

import java.time.LocalDate;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.evaluation.EvaluationMoment;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.context.ApplicationContext;

/**
 * Demo round 1 moved into the past and published, inside the test's transaction (rolled back afterwards): Anna de Jong
 * is placed at Gemeente Oldambt (account {@code host}), Bram Visser at Provincie Groningen (account
 * {@code provincie}). The round ran from 1 July 2026 to 28 February 2027; on the tests' "today", 1 December 2026, the
 * mid-term evaluation is open since 25 November (to be submitted by 9 December), the final one opens on 14 February.
 * Run it inside a transaction: the tests' own, or one that commits for a browser test with a database of its own.
 */
public final class EvaluationScene {

    public static final LocalDate MID_TERM_OPENS = LocalDate.of(2026, 11, 25);
    public static final LocalDate FINAL_OPENS = LocalDate.of(2027, 2, 14);

    public final Round round;
    public final Placement anna;
    public final Placement bram;
    private final EvaluationFormRepository forms;

    private EvaluationScene(Round round, Placement anna, Placement bram, EvaluationFormRepository forms) {
        this.round = round;
        this.anna = anna;
        this.bram = bram;
        this.forms = forms;
    }

    public static EvaluationScene publish(ApplicationContext context) {
        RoundRepository rounds = context.getBean(RoundRepository.class);
        TraineeRepository trainees = context.getBean(TraineeRepository.class);
        AssignmentRepository assignments = context.getBean(AssignmentRepository.class);
        PlacementRepository placements = context.getBean(PlacementRepository.class);
        Round round = rounds.findAllByOrderByStartDate().get(0);
        round.startMatching(LocalDate.of(2026, 12, 1), "om evaluaties te testen");
        Placement anna = placements.save(new Placement(
                named(trainees, "Anna de Jong"), round, offeredBy(assignments, round, "gemeente-oldambt")));
        Placement bram = placements.save(new Placement(
                named(trainees, "Bram Visser"), round, offeredBy(assignments, round, "provincie-groningen")));
        round.publish();
        anna.publish();
        bram.publish();
        round.reschedule(new RoundPeriod(
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 2, 28),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 1)));
        round.scheduleEvaluations(MID_TERM_OPENS, FINAL_OPENS);
        placements.flush();
        context.getBean(Evaluations.class).createFor(round);
        return new EvaluationScene(round, anna, bram, context.getBean(EvaluationFormRepository.class));
    }

    /** Moves the mid-term evaluation back, so that it is overdue on 1 December 2026 (to be submitted by 15 November). */
    public void midTermOverdue() {
        round.scheduleEvaluations(LocalDate.of(2026, 11, 1), FINAL_OPENS);
    }

    public EvaluationForm form(Placement placement, EvaluationMoment moment, EvaluationAuthor author) {
        return forms.findByPlacementId(placement.getId()).stream()
                .filter(f -> f.getMoment() == moment && f.getAuthor() == author)
                .findFirst()
                .orElseThrow();
    }

    private static Trainee named(TraineeRepository trainees, String name) {
        return trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Assignment offeredBy(AssignmentRepository assignments, Round round, String organisation) {
        return assignments.findAll().stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .filter(a -> a.getOrganisation().getCode().equals(organisation))
                .filter(a -> a.isOfferedIn(round))
                .findFirst()
                .orElseThrow();
    }
}
