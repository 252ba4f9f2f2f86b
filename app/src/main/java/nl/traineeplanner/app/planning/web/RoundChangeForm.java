package nl.traineeplanner.app.planning.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPlan;

/** A change of a round: its name and dates, and the version of the round they were typed on. */
public class RoundChangeForm extends RoundForm {

    @NotNull(message = "{round.invalid.version.required}")
    @PositiveOrZero(message = "{bounds.reference}")
    private Long version;

    static RoundChangeForm of(Round round) {
        RoundChangeForm form = new RoundChangeForm();
        form.fill(RoundPlan.of(round));
        form.version = round.getVersion();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
