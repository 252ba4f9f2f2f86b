package nl.traineeplanner.app.message;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByRecipientAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    List<Message> findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(Long traineeId);

    long countByRecipientAccountIdAndReadAtIsNull(Long accountId);

    long countByRecipientTraineeIdAndReadAtIsNull(Long traineeId);

    List<Message> findByRoundIdOrderById(Long roundId);

    /** The messages about rounds of a cohort that list a trainee by this name, such as those to hosts. */
    @Query(
            "select distinct m from Message m join m.lines l where l.traineeName = :name and m.round.cohort.id = :cohort")
    List<Message> findNamingTrainee(@Param("name") String name, @Param("cohort") Long cohortId);

    List<Message> findByRoundIdAndMailStatusInOrderById(Long roundId, Collection<MailStatus> statuses);

    long countByRoundIdAndMailStatusIn(Long roundId, Collection<MailStatus> statuses);
}
