package nl.traineeplanner.app.system;

/** Checks a code from the authenticator app of an account; a code is taken once, and never an older one after it. */
public interface SecondFactorCodes {

    /** True when the code is the account's current one (or the one before or after) and not used before. */
    boolean check(String username, String code);
}
