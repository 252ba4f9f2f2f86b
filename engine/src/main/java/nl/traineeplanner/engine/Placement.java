package nl.traineeplanner.engine;

/** A trainee placed in an assignment for one round. Also the shape of a pin. */
public record Placement(String trainee, String round, String assignment) {}
