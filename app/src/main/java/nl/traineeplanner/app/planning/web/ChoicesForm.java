package nl.traineeplanner.app.planning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.traineeplanner.app.round.Round;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's settings of a round for trainees and hosts: how many choices, and the hosts' ranking deadline. */
public class ChoicesForm {

    @NotNull(message = "{choices.invalid.required}")
    @Min(value = 0, message = "{choices.invalid.min}")
    @Max(value = 50, message = "{choices.invalid.max}")
    private Integer minChoices;

    @NotNull(message = "{choices.invalid.required}")
    @Min(value = 1, message = "{choices.invalid.atLeastOne}")
    @Max(value = 50, message = "{choices.invalid.max}")
    private Integer maxChoices;

    @NotNull(message = "{choices.invalid.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hostRankingDeadline;

    static ChoicesForm of(Round round) {
        ChoicesForm form = new ChoicesForm();
        form.minChoices = round.getChoiceLimits().minimum();
        form.maxChoices = round.getChoiceLimits().maximum();
        form.hostRankingDeadline = round.getHostRankingDeadline();
        return form;
    }

    public Integer getMinChoices() {
        return minChoices;
    }

    public void setMinChoices(Integer minChoices) {
        this.minChoices = minChoices;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public LocalDate getHostRankingDeadline() {
        return hostRankingDeadline;
    }

    public void setHostRankingDeadline(LocalDate hostRankingDeadline) {
        this.hostRankingDeadline = hostRankingDeadline;
    }
}
