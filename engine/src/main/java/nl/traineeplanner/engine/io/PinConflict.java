package nl.traineeplanner.engine.io;

import nl.traineeplanner.engine.Rule;
import nl.traineeplanner.engine.explain.Text;

/**
 * One way in which a pin breaks a hard rule (H1–H6), against the data or against the pins before it.
 *
 * @param pin the index of the offending pin in the list that was checked
 * @param field the pin's field to blame: {@code round} or {@code assignment}
 * @param text what is wrong, in Dutch and English, ending with the rule
 */
public record PinConflict(int pin, String field, Rule rule, Text text) {}
