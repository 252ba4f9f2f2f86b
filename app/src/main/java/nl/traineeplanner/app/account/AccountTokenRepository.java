package nl.traineeplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The links of one account for one purpose, oldest first. */
    List<AccountToken> findByAccountIdAndPurposeOrderByCreatedAt(Long accountId, TokenPurpose purpose);
}
