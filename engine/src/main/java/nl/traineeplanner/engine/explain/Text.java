package nl.traineeplanner.engine.explain;

/** One sentence for the coordinator, in Dutch and in English. */
public record Text(String nl, String en) {}
