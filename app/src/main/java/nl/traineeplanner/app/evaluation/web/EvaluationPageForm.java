package nl.traineeplanner.app.evaluation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.traineeplanner.app.evaluation.Answer;
import nl.traineeplanner.app.evaluation.EvaluationAnswers;
import nl.traineeplanner.app.evaluation.EvaluationForm;

/**
 * The form page as the browser sends it: a score and a text per question, the general remark, and the version of the
 * form the page was read at. Its field names are those of the API ({@code learningGoals.score}, {@code remark}), so a
 * refusal names the same fields in both.
 */
public class EvaluationPageForm {

    @PositiveOrZero(message = "{bounds.reference}")
    private Long version;

    @Valid
    private Line learningGoals = new Line();

    @Valid
    private Line contribution = new Line();

    @Valid
    private Line supervision = new Line();

    @Valid
    private Line again = new Line();

    // the evaluation's own rule (EvaluationAnswers.TEXT_MAX) says more kindly when a text is too long
    @Size(max = 4000, message = "{bounds.text}")
    private String remark;

    static EvaluationPageForm of(EvaluationForm form) {
        EvaluationPageForm page = new EvaluationPageForm();
        EvaluationAnswers stored = form.answers();
        page.version = form.getVersion();
        page.learningGoals = Line.of(stored.learningGoals());
        page.contribution = Line.of(stored.contribution());
        page.supervision = Line.of(stored.supervision());
        page.again = Line.of(stored.again());
        page.remark = stored.remark();
        return page;
    }

    EvaluationAnswers answers() {
        return new EvaluationAnswers(
                learningGoals.answer(), contribution.answer(), supervision.answer(), again.answer(), remark);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Line getLearningGoals() {
        return learningGoals;
    }

    public void setLearningGoals(Line learningGoals) {
        this.learningGoals = learningGoals;
    }

    public Line getContribution() {
        return contribution;
    }

    public void setContribution(Line contribution) {
        this.contribution = contribution;
    }

    public Line getSupervision() {
        return supervision;
    }

    public void setSupervision(Line supervision) {
        this.supervision = supervision;
    }

    public Line getAgain() {
        return again;
    }

    public void setAgain(Line again) {
        this.again = again;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    /** The answer to one question: a score from 1 to 5 and a text. */
    public static class Line {

        // the scale (1 to 5) is the evaluation's own rule, with its own message; this only keeps out nonsense
        @Min(value = 0, message = "{bounds.min}")
        @Max(value = 10, message = "{bounds.max}")
        private Integer score;

        @Size(max = 4000, message = "{bounds.text}")
        private String text;

        static Line of(Answer answer) {
            Line line = new Line();
            line.score = answer.score();
            line.text = answer.text();
            return line;
        }

        Answer answer() {
            return new Answer(score, text);
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
