package nl.traineeplanner.app.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A link to set a password, sent to one account: it works once, until it expires. Only a digest of its secret is
 * stored, so a copy of the database holds no working link.
 */
@Entity
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** Whether the link still works at this moment: not used and not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("this link has been used or has expired");
        }
        usedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
