package nl.traineeplanner.engine;

/** A placement a trainee already did in an earlier round, not planned now. */
public record HistoryEntry(String round, String organisation, String programme, String domain) {}
