package nl.traineeplanner.app.assignment;

/**
 * Whether an assignment is in use by its host: trainees placed at it (proposed or published, with their evaluations),
 * or its host's ranking of candidates. Such an assignment keeps its host organisation, since that organisation's hosts
 * are the ones who see those trainees.
 */
public interface AssignmentsInUse {

    boolean inUse(long assignmentId);
}
