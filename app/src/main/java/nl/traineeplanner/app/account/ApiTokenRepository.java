package nl.traineeplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @EntityGraph(attributePaths = "account")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** One account's tokens, newest first. */
    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);
}
