package nl.traineeplanner.app.message;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByRecipientAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    List<Message> findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(Long traineeId);

    long countByRecipientAccountIdAndReadAtIsNull(Long accountId);

    long countByRecipientTraineeIdAndReadAtIsNull(Long traineeId);

    List<Message> findByRoundIdOrderById(Long roundId);

    List<Message> findByRoundIdAndMailStatusInOrderById(Long roundId, Collection<MailStatus> statuses);

    long countByRoundIdAndMailStatusIn(Long roundId, Collection<MailStatus> statuses);
}
