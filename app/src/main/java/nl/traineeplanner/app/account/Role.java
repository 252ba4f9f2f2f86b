package nl.traineeplanner.app.account;

public enum Role {
    COORDINATOR,
    HOST,
    TRAINEE
}
