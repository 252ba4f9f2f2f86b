package nl.traineeplanner.app.planning.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.round.RoundPlan;
import nl.traineeplanner.app.round.RoundSchedules;

/** A new cohort as the coordinator types it: a name and one to three rounds, in sequence. */
public class CohortForm {

    @NotBlank(message = "{cohort.invalid.name.required}")
    @Size(max = RoundSchedules.MAX_NAME_LENGTH, message = "{cohort.invalid.name.length}")
    private String name;

    @Valid
    @NotNull(message = "{cohort.invalid.rounds}")
    @Size(min = 1, max = RoundSchedules.MAX_ROUNDS, message = "{cohort.invalid.rounds}")
    private List<RoundForm> rounds = new ArrayList<>();

    static CohortForm of(String name, List<RoundPlan> plans) {
        CohortForm form = new CohortForm();
        form.name = name;
        plans.forEach(plan -> form.rounds.add(RoundForm.of(plan)));
        return form;
    }

    List<RoundPlan> plans() {
        return rounds == null
                ? List.of()
                : rounds.stream().map(r -> r == null ? null : r.plan()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<RoundForm> getRounds() {
        return rounds;
    }

    public void setRounds(List<RoundForm> rounds) {
        this.rounds = rounds;
    }
}
