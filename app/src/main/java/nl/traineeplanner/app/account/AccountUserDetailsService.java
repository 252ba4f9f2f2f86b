package nl.traineeplanner.app.account;

import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.system.SwitchedOffAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security sign in the accounts stored in the database, each with its one role and what it belongs to, and
 * marked when the password must be followed by a code from the authenticator app; and tells it, at each request of a
 * session, whether the account has been switched off since.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, SwitchedOffAccounts {

    private final UserAccountRepository accounts;
    private final SecondFactors secondFactors;

    AccountUserDetailsService(UserAccountRepository accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new SignedInUser(
                        account.getUsername(),
                        account.getPasswordHash(),
                        account.getRole().name(),
                        account.getOrganisation() == null
                                ? null
                                : account.getOrganisation().getId(),
                        account.getTrainee() == null
                                ? null
                                : account.getTrainee().getId(),
                        account.isEnabled(),
                        account.getLanguage(),
                        null,
                        secondFactors.required(account)))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Override
    public boolean isSwitchedOff(String username) {
        return !accounts.existsByUsernameAndEnabledTrue(username);
    }
}
