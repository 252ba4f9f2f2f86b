package nl.traineeplanner.app.system;

import java.util.List;

/**
 * A sign-in through the organisation's identity provider did not succeed: refused by the planner, or the provider
 * (or the way back from it) went wrong. {@code identity} is who tried, or "?" when nobody is known; {@code key} and
 * {@code arguments} say through which registration (the first argument) and why, in the words of the bundles for the
 * audit trail ({@code audit.oidc.*}). Not a failed password: it does not count towards locking a user name or address.
 */
public record OidcLoginFailed(String identity, String key, List<Object> arguments) {}
