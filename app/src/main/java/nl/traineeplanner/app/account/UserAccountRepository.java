package nl.traineeplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByRoleAndOrganisationIdOrderByUsername(Role role, Long organisationId);

    List<UserAccount> findAllByOrderByRoleAscDisplayNameAsc();

    Optional<UserAccount> findByTraineeId(Long traineeId);

    /** Switched-off accounts of a role, switched off before this moment, not forgotten yet. */
    @org.springframework.data.jpa.repository.Query(
            "select a from UserAccount a where a.role = :role and a.enabled = false"
                    + " and a.disabledSince < :before and a.username not like 'oud-gastgebruiker-%' order by a.id")
    List<UserAccount> findSwitchedOffBefore(
            @org.springframework.data.repository.query.Param("role") Role role,
            @org.springframework.data.repository.query.Param("before") java.time.Instant before);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    boolean existsByUsernameAndEnabledTrue(String username);

    /** The switched-on accounts of a role, locked until the end of the transaction (for a check that counts them). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query(
            "select a from UserAccount a where a.role = :role and a.enabled = true order by a.id")
    List<UserAccount> lockEnabledByRole(@org.springframework.data.repository.query.Param("role") Role role);

    /** The account with this user name, whatever its capitals (a list, so a clash from before that rule shows). */
    List<UserAccount> findAllByUsernameIgnoreCase(String username);

    /** The account a person with this e-mail address signs in with: a host's own address, or a trainee's. */
    @org.springframework.data.jpa.repository.Query(
            "select a from UserAccount a left join a.trainee t where lower(a.email) = lower(:email) or lower(t.email) = lower(:email)")
    List<UserAccount> findByEmail(@org.springframework.data.repository.query.Param("email") String email);
}
