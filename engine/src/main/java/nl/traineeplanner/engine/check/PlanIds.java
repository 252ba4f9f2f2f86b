package nl.traineeplanner.engine.check;

import java.util.List;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InputProblems;

/** Refuses a plan whose placements name a trainee, round or assignment the instance does not know. */
public final class PlanIds {

    private PlanIds() {}

    /**
     * Throws {@link nl.traineeplanner.engine.io.InvalidInputException} naming every placement with an unknown id.
     *
     * @param fileName the plan's file, for the messages
     */
    public static void requireKnown(Problem problem, List<Placement> placements, String fileName) {
        InputProblems problems = new InputProblems(fileName);
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            String item = "placements[" + i + "]";
            if (problem.traineeIndex(p.trainee()) < 0) {
                problems.add(item, "trainee", "unknown trainee \"" + p.trainee() + "\"");
            }
            if (problem.roundIndex(p.round()) < 0) {
                problems.add(item, "round", "unknown round \"" + p.round() + "\"");
            }
            if (problem.assignmentIndex(p.assignment()) < 0) {
                problems.add(item, "assignment", "unknown assignment \"" + p.assignment() + "\"");
            }
        }
        problems.throwIfAny();
    }
}
