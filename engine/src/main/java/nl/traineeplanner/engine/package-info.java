/** The planning problem of the traineeship: instances, hard rules, score, optimiser and command line. */
package nl.traineeplanner.engine;
