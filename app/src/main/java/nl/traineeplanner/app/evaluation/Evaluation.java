package nl.traineeplanner.app.evaluation;

import java.time.LocalDate;
import java.util.Optional;
import nl.traineeplanner.app.placement.Placement;

/**
 * One evaluation of a placement (mid-term or final) with its two forms. The one rule of who sees whose answers lives
 * here: each author sees the other's form only once both are submitted, so neither is swayed by the other.
 */
public record Evaluation(Placement placement, EvaluationMoment moment, EvaluationForm host, EvaluationForm trainee) {

    public EvaluationForm form(EvaluationAuthor author) {
        return author == EvaluationAuthor.HOST ? host : trainee;
    }

    public boolean bothSubmitted() {
        return host.isSubmitted() && trainee.isSubmitted();
    }

    /** The other author's form, for the author of one of them: only once both are submitted. */
    public Optional<EvaluationForm> counterpartFor(EvaluationAuthor reader) {
        return bothSubmitted() ? Optional.of(form(reader.other())) : Optional.empty();
    }

    public LocalDate opensOn() {
        return moment.opensOn(placement.getRound());
    }

    public boolean isOverdue(LocalDate today) {
        return host.isOverdue(today) || trainee.isOverdue(today);
    }
}
