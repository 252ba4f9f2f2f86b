package nl.traineeplanner.app.system;

/**
 * A sign-in through the organisation's identity provider did not succeed: refused by the planner, or the provider
 * (or the way back from it) went wrong. {@code identity} is who tried, or "?" when nobody is known; {@code detail}
 * says through which registration and why, for the audit trail. Not a failed password: it does not count towards
 * locking a user name or address.
 */
public record OidcLoginFailed(String identity, String detail) {}
