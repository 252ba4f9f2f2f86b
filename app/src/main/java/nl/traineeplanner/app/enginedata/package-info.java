/**
 * Between the stored entities and the planning engine's records: {@link
 * nl.traineeplanner.app.enginedata.RoundInstances} builds the engine's instance of a round from the database and turns
 * a plan's placements into placements of the round, {@link nl.traineeplanner.app.enginedata.CohortWriter} stores an
 * engine instance as a new cohort, and {@link nl.traineeplanner.app.enginedata.EngineRecords} translates ids,
 * placements and places. The engine names its records as the application names its entities (Round, Trainee,
 * Assignment, Organisation, Placement); only this package meets both, and only it makes the engine's records, so the
 * rest of the application never writes an engine type out in full ({@code ArchitectureTests}).
 */
package nl.traineeplanner.app.enginedata;
