/** The command line: {@code traineeplanner plan} and {@code traineeplanner check}. */
package nl.traineeplanner.engine.cli;
