/** Figures that describe a plan beyond its score: choices honoured, fairness, blocking pairs, broken rules. */
package nl.traineeplanner.engine.metrics;
