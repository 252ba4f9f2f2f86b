package nl.traineeplanner.app.preference;

/** One line of a ranked list as it is handed in: the assignment, and the trainee's motivation for it. */
public record Choice(Long assignment, String motivation) {}
