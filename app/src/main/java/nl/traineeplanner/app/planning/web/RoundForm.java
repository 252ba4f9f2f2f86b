package nl.traineeplanner.app.planning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.traineeplanner.app.round.RoundPlan;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A round's name and dates as the coordinator types them, on a page or in JSON (dates as {@code yyyy-MM-dd}). The
 * evaluation days may be left empty for their standard days. The order of the dates is the domain's to check
 * ({@link RoundPlan#problems()}).
 */
public class RoundForm {

    @NotBlank(message = "{round.invalid.name.required}")
    @Size(max = RoundPlan.MAX_NAME_LENGTH, message = "{round.invalid.name.length}")
    private String name;

    @NotNull(message = "{round.invalid.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "{round.invalid.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    @NotNull(message = "{round.invalid.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate intakeDeadline;

    @NotNull(message = "{round.invalid.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preferencesDeadline;

    @NotNull(message = "{round.invalid.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hostRankingDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate midTermEvaluationOpens;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate finalEvaluationOpens;

    static RoundForm of(RoundPlan plan) {
        RoundForm form = new RoundForm();
        form.fill(plan);
        return form;
    }

    void fill(RoundPlan plan) {
        name = plan.name();
        start = plan.start();
        end = plan.end();
        intakeDeadline = plan.intakeDeadline();
        preferencesDeadline = plan.preferencesDeadline();
        hostRankingDeadline = plan.hostRankingDeadline();
        midTermEvaluationOpens = plan.midTermEvaluationOpens();
        finalEvaluationOpens = plan.finalEvaluationOpens();
    }

    RoundPlan plan() {
        return new RoundPlan(
                name,
                start,
                end,
                intakeDeadline,
                preferencesDeadline,
                hostRankingDeadline,
                midTermEvaluationOpens,
                finalEvaluationOpens);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public LocalDate getIntakeDeadline() {
        return intakeDeadline;
    }

    public void setIntakeDeadline(LocalDate intakeDeadline) {
        this.intakeDeadline = intakeDeadline;
    }

    public LocalDate getPreferencesDeadline() {
        return preferencesDeadline;
    }

    public void setPreferencesDeadline(LocalDate preferencesDeadline) {
        this.preferencesDeadline = preferencesDeadline;
    }

    public LocalDate getHostRankingDeadline() {
        return hostRankingDeadline;
    }

    public void setHostRankingDeadline(LocalDate hostRankingDeadline) {
        this.hostRankingDeadline = hostRankingDeadline;
    }

    public LocalDate getMidTermEvaluationOpens() {
        return midTermEvaluationOpens;
    }

    public void setMidTermEvaluationOpens(LocalDate midTermEvaluationOpens) {
        this.midTermEvaluationOpens = midTermEvaluationOpens;
    }

    public LocalDate getFinalEvaluationOpens() {
        return finalEvaluationOpens;
    }

    public void setFinalEvaluationOpens(LocalDate finalEvaluationOpens) {
        this.finalEvaluationOpens = finalEvaluationOpens;
    }
}
