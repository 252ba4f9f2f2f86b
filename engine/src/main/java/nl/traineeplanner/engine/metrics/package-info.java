/** Figures that describe a plan beyond its score: choices honoured, fairness, blocking pairs. */
package nl.traineeplanner.engine.metrics;
