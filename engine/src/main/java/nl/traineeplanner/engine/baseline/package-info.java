/**
 * Simple ways of placing trainees, as done by hand or by textbook matching, that the optimiser is measured
 * against. Their plans keep every hard rule but are not meant to be used.
 */
package nl.traineeplanner.engine.baseline;
