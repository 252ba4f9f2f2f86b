/** The command line: {@code traineeplanner plan}, {@code check}, {@code whatif} and {@code bench}. */
package nl.traineeplanner.engine.cli;
