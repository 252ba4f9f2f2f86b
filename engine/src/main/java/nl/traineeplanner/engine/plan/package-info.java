/** The {@code traineeplanner/plan@1} format: building a plan from an optimiser result, reading and writing it. */
package nl.traineeplanner.engine.plan;
