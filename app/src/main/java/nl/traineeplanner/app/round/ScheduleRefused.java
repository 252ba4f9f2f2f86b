package nl.traineeplanner.app.round;

import java.util.List;

/**
 * A cohort or a round change that was not stored, with every problem found; nothing of it was written.
 * {@link #conflict()} tells a round changed by someone else since it was read from a refusal because of what was typed.
 */
public class ScheduleRefused extends RuntimeException {

    private final transient List<ScheduleProblem> problems;
    private final boolean conflict;

    ScheduleRefused(List<ScheduleProblem> problems, boolean conflict) {
        super(problems.stream().map(p -> p.field() + ":" + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static ScheduleRefused changedSinceRead() {
        return new ScheduleRefused(List.of(ScheduleProblem.of(null, "round.refused.changed")), true);
    }

    public List<ScheduleProblem> problems() {
        return problems;
    }

    public boolean conflict() {
        return conflict;
    }
}
