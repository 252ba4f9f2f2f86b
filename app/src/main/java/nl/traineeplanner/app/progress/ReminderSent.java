package nl.traineeplanner.app.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder that went out: to whom ({@code trainee:ID} or {@code account:ID}), about which deadline of which round.
 * The database allows one per person per deadline, so the automatic reminders never repeat themselves, not even when
 * two instances of the planner run them at once.
 */
@Entity
class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long roundId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private Instant sentAt;

    protected ReminderSent() {}

    ReminderSent(Long roundId, String recipient, LocalDate deadline, Instant sentAt) {
        this.roundId = Objects.requireNonNull(roundId);
        this.recipient = Objects.requireNonNull(recipient);
        this.deadline = Objects.requireNonNull(deadline);
        this.sentAt = Objects.requireNonNull(sentAt);
    }
}
