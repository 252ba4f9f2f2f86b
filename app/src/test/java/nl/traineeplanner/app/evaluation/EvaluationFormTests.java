package nl.traineeplanner.app.evaluation;

import static nl.traineeplanner.app.Fixtures.OLDAMBT;
import static nl.traineeplanner.app.Fixtures.content;
import static nl.traineeplanner.app.Fixtures.oldambt;
import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import org.junit.jupiter.api.Test;

/**
 * The rules of one form, without a database: when it opens and is overdue, what it accepts, and that it is read-only
 * once submitted. Round 1 runs from 1 January to 31 August 2027: its mid-term evaluation opens on 2 May, its final one
 * on 17 August.
 */
class EvaluationFormTests {

    private static final LocalDate MID_TERM_OPENS = LocalDate.of(2027, 5, 2);
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 5, 3, 10, 0);

    private final Round round1 = round(1);
    private final Placement placement = published();
    private final EvaluationForm midTerm =
            new EvaluationForm(placement, EvaluationMoment.MID_TERM, EvaluationAuthor.TRAINEE);

    private Placement published() {
        Assignment assignment = new Assignment(oldambt(), content("Toekomst voor Oldambt", round1));
        Trainee trainee = new Trainee(
                round1.getCohort(),
                new TraineeProfile(
                        "Julia van Dijk",
                        "julia@example.nl",
                        null,
                        "Pedagogiek",
                        Set.of(),
                        OLDAMBT,
                        OLDAMBT.centre(),
                        null));
        Placement p = new Placement(trainee, round1, assignment);
        p.publish();
        return p;
    }

    private static EvaluationAnswers scored(int score, String text) {
        return new EvaluationAnswers(
                new Answer(score, text),
                new Answer(score, null),
                new Answer(score, null),
                new Answer(score, null),
                null);
    }

    private static EvaluationRefused refusal(Runnable save) {
        return catchThrowableOfType(EvaluationRefused.class, save::run);
    }

    @Test
    void opensOnTheRoundsDaysAndIsOverdueTwoWeeksLater() {
        EvaluationForm last = new EvaluationForm(placement, EvaluationMoment.FINAL, EvaluationAuthor.HOST);
        assertThat(midTerm.opensOn()).isEqualTo(MID_TERM_OPENS);
        assertThat(last.opensOn()).isEqualTo(LocalDate.of(2027, 8, 17));
        assertThat(midTerm.dueOn()).isEqualTo(LocalDate.of(2027, 5, 16));

        assertThat(midTerm.status(MID_TERM_OPENS.minusDays(1))).isEqualTo(FormStatus.NOT_OPEN);
        assertThat(midTerm.isDue(MID_TERM_OPENS.minusDays(1))).isFalse();
        assertThat(midTerm.status(MID_TERM_OPENS)).isEqualTo(FormStatus.TO_DO);
        assertThat(midTerm.isDue(MID_TERM_OPENS)).isTrue();
        assertThat(midTerm.isOverdue(LocalDate.of(2027, 5, 16))).isFalse();
        assertThat(midTerm.isOverdue(LocalDate.of(2027, 5, 17))).isTrue();
    }

    @Test
    void aDraftCanBeChangedUntilItIsSubmittedAndIsReadOnlyAfterwards() {
        midTerm.save(scored(3, "Eerste versie"), false, 0, MID_TERM_OPENS, "trainee", NOW);
        assertThat(midTerm.status(MID_TERM_OPENS)).isEqualTo(FormStatus.DRAFT);
        midTerm.save(scored(4, "  Tweede versie  "), true, 0, MID_TERM_OPENS, "trainee", NOW);
        assertThat(midTerm.status(MID_TERM_OPENS)).isEqualTo(FormStatus.SUBMITTED);
        assertThat(midTerm.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(4, "Tweede versie"));
        assertThat(midTerm.getSubmittedBy()).isEqualTo("trainee");

        EvaluationRefused refused =
                refusal(() -> midTerm.save(scored(1, "Nog later"), false, 0, MID_TERM_OPENS, "trainee", NOW));

        assertThat(refused.conflict()).isTrue();
        assertThat(refused.problems())
                .extracting(EvaluationProblem::code)
                .containsExactly("evaluation.refused.submitted");
        assertThat(midTerm.answer(EvaluationQuestion.LEARNING_GOALS)).isEqualTo(new Answer(4, "Tweede versie"));
        // a submitted form is never overdue, however late it is read
        assertThat(midTerm.isOverdue(LocalDate.of(2027, 12, 31))).isFalse();
    }

    @Test
    void nothingIsSavedBeforeTheOpeningDay() {
        EvaluationRefused refused = refusal(
                () -> midTerm.save(scored(3, "Te vroeg"), false, 0, MID_TERM_OPENS.minusDays(1), "trainee", NOW));

        assertThat(refused.conflict()).isTrue();
        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("evaluation.refused.notOpen"))
                .satisfies(p -> assertThat(p.arguments()).containsExactly(MID_TERM_OPENS));
        assertThat(midTerm.answers()).isEqualTo(new EvaluationAnswers(null, null, null, null, null));
        assertThat(midTerm.getSavedAt()).isNull();
    }

    @Test
    void aSaveOfAnOlderVersionIsRefused() {
        EvaluationRefused refused =
                refusal(() -> midTerm.save(scored(3, "Oud tabblad"), false, 4, MID_TERM_OPENS, "trainee", NOW));

        assertThat(refused.conflict()).isTrue();
        assertThat(refused.problems())
                .extracting(EvaluationProblem::code)
                .containsExactly("evaluation.refused.changed");
        assertThat(midTerm.getSavedAt()).isNull();
    }

    @Test
    void namesEveryWrongAnswerByItsField() {
        String tooLong = "x".repeat(EvaluationAnswers.TEXT_MAX + 1);
        EvaluationAnswers answers = new EvaluationAnswers(
                new Answer(0, "Goed"), new Answer(6, null), new Answer(null, tooLong), null, tooLong);

        EvaluationRefused draft = refusal(() -> midTerm.save(answers, false, 0, MID_TERM_OPENS, "trainee", NOW));
        EvaluationRefused submitted = refusal(() -> midTerm.save(answers, true, 0, MID_TERM_OPENS, "trainee", NOW));

        assertThat(draft.conflict()).isFalse();
        assertThat(draft.problems())
                .extracting(EvaluationProblem::field, EvaluationProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("learningGoals.score", "evaluation.refused.score.range"),
                        org.assertj.core.groups.Tuple.tuple("contribution.score", "evaluation.refused.score.range"),
                        org.assertj.core.groups.Tuple.tuple("supervision.text", "evaluation.refused.text.long"),
                        org.assertj.core.groups.Tuple.tuple("remark", "evaluation.refused.text.long"));
        // submitting also needs a score for every question
        assertThat(submitted.problems())
                .extracting(EvaluationProblem::field)
                .containsExactly(
                        "learningGoals.score",
                        "contribution.score",
                        "supervision.score",
                        "supervision.text",
                        "again.score",
                        "remark");
        assertThat(midTerm.getSavedAt()).isNull();
    }

    @Test
    void aDraftMayLeaveScoresOpenAndStoresNoEmptyTexts() {
        midTerm.save(
                new EvaluationAnswers(null, new Answer(2, "   "), null, null, "  Alleen een opmerking "),
                false,
                0,
                MID_TERM_OPENS,
                "trainee",
                NOW);

        assertThat(midTerm.answers())
                .isEqualTo(new EvaluationAnswers(null, new Answer(2, null), null, null, "Alleen een opmerking"));
        assertThat(midTerm.isSubmitted()).isFalse();
    }

    @Test
    void eachAuthorSeesTheOtherFormOnlyOnceBothAreSubmitted() {
        EvaluationForm host = new EvaluationForm(placement, EvaluationMoment.MID_TERM, EvaluationAuthor.HOST);
        Evaluation evaluation = new Evaluation(placement, EvaluationMoment.MID_TERM, host, midTerm);

        host.save(scored(5, "Uitstekend"), true, 0, MID_TERM_OPENS, "host", NOW);
        assertThat(evaluation.counterpartFor(EvaluationAuthor.TRAINEE)).isEmpty();
        assertThat(evaluation.counterpartFor(EvaluationAuthor.HOST)).isEmpty();

        midTerm.save(scored(4, "Goed"), true, 0, MID_TERM_OPENS, "trainee", NOW);
        assertThat(evaluation.counterpartFor(EvaluationAuthor.TRAINEE)).contains(host);
        assertThat(evaluation.counterpartFor(EvaluationAuthor.HOST)).contains(midTerm);
    }

    @Test
    void onlyAPublishedPlacementIsEvaluated() {
        Placement proposed = new Placement(placement.getTrainee(), round1, placement.getAssignment());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EvaluationForm(proposed, EvaluationMoment.FINAL, EvaluationAuthor.TRAINEE));
    }
}
