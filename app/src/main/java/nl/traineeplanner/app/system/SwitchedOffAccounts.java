package nl.traineeplanner.app.system;

/** Which accounts may no longer act, as the pages' and the API's security sees them. */
public interface SwitchedOffAccounts {

    /** Whether the account with this user name is switched off, or no longer exists (deleted or forgotten). */
    boolean isSwitchedOff(String username);
}
