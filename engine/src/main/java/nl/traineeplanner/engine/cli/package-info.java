/** The command line: {@code traineeplanner plan}, {@code check} and {@code bench}. */
package nl.traineeplanner.engine.cli;
