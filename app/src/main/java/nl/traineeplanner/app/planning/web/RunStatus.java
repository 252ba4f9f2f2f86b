package nl.traineeplanner.app.planning.web;

import java.time.LocalDateTime;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.RunProgress;

/**
 * A run as the API and the progress poll show it: its stored state, and while it runs the engine's latest progress.
 *
 * @param progress null when the run is not computing (any more)
 * @param laterRounds how many of the cohort's later rounds the run planned ahead with the round; 0 for round by round
 * @param carriesRun the run of the round alone whose placements this run carried forward into the later rounds, or
 *     null
 */
record RunStatus(
        long id,
        long round,
        String name,
        String status,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        int timeLimitSeconds,
        Weights weights,
        Long objective,
        Long bound,
        Long gap,
        boolean optimal,
        boolean accepted,
        String message,
        RunProgress progress,
        int laterRounds,
        Long carriesRun) {

    /** The sliders the run was started with, 0 to 5 each. */
    record Weights(
            int traineePreferences, int hostPreferences, int travel, int variety, int programmes, int fairness) {}

    /** The run with its progress, and its message in the reader's language ({@link RefusalMessages#of(PlanningRun)}). */
    static RunStatus of(PlanningRun run, RunProgress progress, String message) {
        var w = run.getWeights();
        return new RunStatus(
                run.getId(),
                run.getRound().getId(),
                run.getName(),
                run.getStatus().name(),
                run.getStartedBy(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getTimeLimitSeconds(),
                new Weights(
                        w.traineePreferences(),
                        w.hostPreferences(),
                        w.travel(),
                        w.variety(),
                        w.programmes(),
                        w.fairness()),
                run.getObjective(),
                run.getBound(),
                run.getGap(),
                run.isOptimal(),
                run.getAcceptedAt() != null,
                message,
                run.isRunning() ? progress : null,
                run.getLaterRounds(),
                run.getCarriesRunId());
    }
}
