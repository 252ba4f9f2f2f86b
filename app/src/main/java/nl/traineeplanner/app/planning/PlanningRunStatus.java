package nl.traineeplanner.app.planning;

/** Where a planning run stands. */
public enum PlanningRunStatus {
    /** The engine is working on it (or waiting for a free thread). */
    RUNNING,
    /** The engine returned a plan. */
    FINISHED,
    /** The coordinator asked to stop; the plan the engine returned is kept. */
    STOPPED,
    /** Something went wrong; no plan. */
    FAILED
}
