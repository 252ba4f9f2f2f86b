package nl.traineeplanner.engine;

import java.time.LocalDate;

/** One rotation period being planned. Dates are informative; the rules only use the id. */
public record Round(String id, LocalDate start, LocalDate end) {}
