package nl.traineeplanner.app.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token: an API client that sends it acts as the account, with its role and what it may see, until it
 * expires or its owner revokes it. Only a digest of the token is stored; the token itself is shown once, when it is
 * made.
 */
@Entity
public class ApiToken {

    /** How often the last use is written down at most: not on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(UserAccount account, String name, String tokenHash, Instant now, Duration validFor) {
        this.account = Objects.requireNonNull(account, "account");
        this.name = Objects.requireNonNull(name, "name").strip();
        if (this.name.isEmpty() || this.name.length() > 100) {
            throw new IllegalArgumentException("a token's name has 1 to 100 characters");
        }
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("a token is valid for some time");
        }
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Whether the token works at this moment: not revoked and not expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Notes a use; true when the stored last use changed (at most once a minute). */
    boolean usedAt(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
