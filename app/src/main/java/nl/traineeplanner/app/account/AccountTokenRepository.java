package nl.traineeplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The links of one account for one purpose, oldest first. */
    List<AccountToken> findByAccountIdAndPurposeOrderByCreatedAt(Long accountId, TokenPurpose purpose);

    /** Removes every link of one account, before the account itself is deleted. */
    @Modifying(flushAutomatically = true)
    @Query("delete from AccountToken t where t.account.id = :account")
    int deleteByAccountId(@Param("account") Long accountId);
}
