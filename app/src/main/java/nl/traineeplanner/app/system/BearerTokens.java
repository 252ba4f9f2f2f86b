package nl.traineeplanner.app.system;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** The personal API tokens, as the API's security sees them: who a token acts as. */
public interface BearerTokens {

    /**
     * The user that this token acts as, or empty when it is unknown, revoked, expired or its account is switched off
     * (the refusal is written to the audit trail).
     */
    Optional<UserDetails> userOf(String token);
}
