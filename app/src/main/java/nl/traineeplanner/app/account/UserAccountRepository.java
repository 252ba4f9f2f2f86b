package nl.traineeplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByRoleAndOrganisationIdOrderByUsername(Role role, Long organisationId);
}
