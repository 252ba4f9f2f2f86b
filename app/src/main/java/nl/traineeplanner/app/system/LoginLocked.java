package nl.traineeplanner.app.system;

/** Too many failed sign-ins: this user name or this address is refused for a while. For the audit trail. */
public record LoginLocked(String username, String address) {}
