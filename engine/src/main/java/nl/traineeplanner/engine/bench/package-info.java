/**
 * The benchmark: realistic generated instances, and a command that runs the optimiser and the baselines on
 * them side by side.
 */
package nl.traineeplanner.engine.bench;
