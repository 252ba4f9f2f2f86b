package nl.traineeplanner.app.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user name of whoever is signed in for the audit trail, or "system" for work that nobody started by hand. */
final class SignedIn {

    private SignedIn() {}

    static String name() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "system" : user.getName();
    }
}
