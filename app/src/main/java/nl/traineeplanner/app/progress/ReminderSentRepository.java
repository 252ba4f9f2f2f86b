package nl.traineeplanner.app.progress;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

    boolean existsByRoundIdAndRecipientAndDeadline(Long roundId, String recipient, LocalDate deadline);

    long countByRoundId(Long roundId);
}
