package nl.traineeplanner.app.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One evaluation form of a published placement: the mid-term or the final one, filled by the host's supervisor or by the
 * trainee. It opens on the day its round says; it can be saved as a draft and changed until it is submitted, and is
 * read-only after that. It is due from its opening day and overdue when it has not been submitted within
 * {@link #DAYS_TO_SUBMIT} days after it (it can still be filled in then). A save names the version it read, so a page
 * in another tab cannot silently overwrite a newer one.
 */
@Entity
public class EvaluationForm {

    /** A form is to be submitted within this many days of its opening day, and overdue after that. */
    public static final int DAYS_TO_SUBMIT = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EvaluationMoment moment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EvaluationAuthor author;

    private Integer learningGoalsScore;

    @Column(length = EvaluationAnswers.TEXT_MAX)
    private String learningGoalsText;

    private Integer contributionScore;

    @Column(length = EvaluationAnswers.TEXT_MAX)
    private String contributionText;

    private Integer supervisionScore;

    @Column(length = EvaluationAnswers.TEXT_MAX)
    private String supervisionText;

    private Integer againScore;

    @Column(length = EvaluationAnswers.TEXT_MAX)
    private String againText;

    @Column(length = EvaluationAnswers.TEXT_MAX)
    private String remark;

    private LocalDateTime savedAt;

    private String savedBy;

    private LocalDateTime submittedAt;

    private String submittedBy;

    protected EvaluationForm() {}

    public EvaluationForm(Placement placement, EvaluationMoment moment, EvaluationAuthor author) {
        this.placement = Objects.requireNonNull(placement, "placement");
        this.moment = Objects.requireNonNull(moment, "moment");
        this.author = Objects.requireNonNull(author, "author");
        if (placement.getStatus() != PlacementStatus.PUBLISHED) {
            throw new IllegalArgumentException("only a published placement is evaluated");
        }
    }

    /**
     * Stores the answers, as a draft or submitted. Refused as a whole, with every problem, when the form was submitted
     * already, when it does not open until after {@code today}, when it was saved since {@code expectedVersion} was
     * read, or when an answer is wrong (see {@link EvaluationAnswers#problems}).
     */
    public void save(
            EvaluationAnswers answers,
            boolean submit,
            long expectedVersion,
            LocalDate today,
            String username,
            LocalDateTime now) {
        if (isSubmitted()) {
            throw EvaluationRefused.becauseOfTheMoment(
                    EvaluationProblem.ofForm("evaluation.refused.submitted", submittedAt.toLocalDate()));
        }
        if (!isOpen(today)) {
            throw EvaluationRefused.becauseOfTheMoment(
                    EvaluationProblem.ofForm("evaluation.refused.notOpen", opensOn()));
        }
        if (version != expectedVersion) {
            throw EvaluationRefused.becauseOfTheMoment(EvaluationProblem.ofForm("evaluation.refused.changed"));
        }
        List<EvaluationProblem> problems = answers.problems(submit);
        if (!problems.isEmpty()) {
            throw new EvaluationRefused(problems, false);
        }
        learningGoalsScore = answers.learningGoals().score();
        learningGoalsText = EvaluationAnswers.cleaned(answers.learningGoals().text());
        contributionScore = answers.contribution().score();
        contributionText = EvaluationAnswers.cleaned(answers.contribution().text());
        supervisionScore = answers.supervision().score();
        supervisionText = EvaluationAnswers.cleaned(answers.supervision().text());
        againScore = answers.again().score();
        againText = EvaluationAnswers.cleaned(answers.again().text());
        remark = EvaluationAnswers.cleaned(answers.remark());
        savedAt = now;
        savedBy = username;
        if (submit) {
            submittedAt = now;
            submittedBy = username;
        }
    }

    /**
     * Removes every free text, when the trainee of the placement is anonymised: the trainee's own words and the host's
     * words about them. The scores stay, as anonymous history; the trainee's user name becomes {@code pseudonym}.
     */
    public void anonymise(String formerUsername, String pseudonym) {
        learningGoalsText = null;
        contributionText = null;
        supervisionText = null;
        againText = null;
        remark = null;
        if (formerUsername != null && formerUsername.equals(savedBy)) {
            savedBy = pseudonym;
        }
        if (formerUsername != null && formerUsername.equals(submittedBy)) {
            submittedBy = pseudonym;
        }
    }

    /** The day this form opens: the round's day for its moment. */
    public LocalDate opensOn() {
        return moment.opensOn(placement.getRound());
    }

    /** The last day to submit it on time. */
    public LocalDate dueOn() {
        return opensOn().plusDays(DAYS_TO_SUBMIT);
    }

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn());
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Open and not submitted: its author has something to do. */
    public boolean isDue(LocalDate today) {
        return isOpen(today) && !isSubmitted();
    }

    /** Not submitted, and its last day has passed. */
    public boolean isOverdue(LocalDate today) {
        return !isSubmitted() && today.isAfter(dueOn());
    }

    public FormStatus status(LocalDate today) {
        if (isSubmitted()) {
            return FormStatus.SUBMITTED;
        }
        if (!isOpen(today)) {
            return FormStatus.NOT_OPEN;
        }
        return savedAt == null ? FormStatus.TO_DO : FormStatus.DRAFT;
    }

    /** The answers as stored (of a draft, or submitted). */
    public EvaluationAnswers answers() {
        return new EvaluationAnswers(
                new Answer(learningGoalsScore, learningGoalsText),
                new Answer(contributionScore, contributionText),
                new Answer(supervisionScore, supervisionText),
                new Answer(againScore, againText),
                remark);
    }

    public Answer answer(EvaluationQuestion question) {
        return answers().answer(question);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Placement getPlacement() {
        return placement;
    }

    public EvaluationMoment getMoment() {
        return moment;
    }

    public EvaluationAuthor getAuthor() {
        return author;
    }

    public String getRemark() {
        return remark;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
