/** Reading, validating and writing {@code traineeplanner/instance@1} documents; every problem names file, item and field. */
package nl.traineeplanner.engine.io;
