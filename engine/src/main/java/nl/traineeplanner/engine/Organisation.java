package nl.traineeplanner.engine;

/** A host organisation; {@code location} may be null when unknown. */
public record Organisation(String id, String name, Location location) {}
