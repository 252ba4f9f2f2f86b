package nl.traineeplanner.app.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.system.BearerTokens;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a signed-in user makes one for an API client, sees it once, and can revoke it; an API call
 * with it acts as that user. Making, revoking and every refused token are written to the audit trail.
 */
@Service
public class ApiTokens implements BearerTokens {

    /** The mark in front of every token, so that it is recognised in a configuration file or a leak scanner. */
    static final String PREFIX = "tp_";

    public static final int MAX_DAYS = 365;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountUserDetailsService users;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountUserDetailsService users, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token and its secret, which is not kept and cannot be shown again. */
    public record Issued(ApiToken token, String secret) {}

    @Transactional
    public Issued create(UserAccount account, String name, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a token is valid for 1 to " + MAX_DAYS + " days");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(
                new ApiToken(account, name, Invitations.digest(secret), clock.instant(), Duration.ofDays(days)));
        audit.record(
                account.getUsername(),
                AuditAction.API_TOKEN_CREATED,
                null,
                AuditText.of("audit.detail.token.created", token.getId(), token.getName(), token.getExpiresAt()),
                null);
        return new Issued(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(UserAccount account) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(account.getId());
    }

    /** Revokes one of the account's own tokens; false when the account has no token with this id. */
    @Transactional
    public boolean revoke(UserAccount account, long id) {
        Optional<ApiToken> token = tokens.findByIdAndAccountId(id, account.getId());
        token.filter(t -> !t.isRevoked()).ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record(
                    account.getUsername(),
                    AuditAction.API_TOKEN_REVOKED,
                    null,
                    AuditText.of("audit.detail.token.revoked", t.getId(), t.getName()),
                    null);
        });
        return token.isPresent();
    }

    @Override
    @Transactional
    public Optional<UserDetails> userOf(String secret) {
        Instant now = clock.instant();
        Optional<ApiToken> found =
                secret.startsWith(PREFIX) ? tokens.findByTokenHash(Invitations.digest(secret)) : Optional.empty();
        if (found.isEmpty()) {
            audit.record("?", AuditAction.API_TOKEN_REFUSED, null, AuditText.of("audit.detail.token.unknown"), null);
            return Optional.empty();
        }
        ApiToken token = found.get();
        UserAccount account = token.getAccount();
        String refused = token.isRevoked()
                ? "audit.detail.token.refused.revoked"
                : !token.usableAt(now)
                        ? "audit.detail.token.refused.expired"
                        : !account.isEnabled() ? "audit.detail.token.refused.accountOff" : null;
        if (refused != null) {
            audit.record(
                    account.getUsername(),
                    AuditAction.API_TOKEN_REFUSED,
                    null,
                    AuditText.of(refused, token.getId(), token.getName()),
                    null);
            return Optional.empty();
        }
        token.usedAt(now);
        return Optional.of(users.loadUserByUsername(account.getUsername()));
    }
}
