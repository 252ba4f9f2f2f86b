package nl.traineeplanner.app.placement;

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
import jakarta.persistence.Version;
import java.util.Objects;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A "plaatsing": a trainee does an assignment in a round. Published placements are history for later rounds. */
@Entity
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id")
    private Trainee trainee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlacementStatus status = PlacementStatus.PROPOSED;

    /** Fixed by the coordinator: the planner must keep it. */
    private boolean pinned;

    protected Placement() {}

    public Placement(Trainee trainee, Round round, Assignment assignment) {
        this.trainee = Objects.requireNonNull(trainee, "trainee");
        this.round = Objects.requireNonNull(round, "round");
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        if (!assignment.isOfferedIn(round)) {
            throw new IllegalArgumentException("the assignment is not offered in round " + round.getName());
        }
    }

    public void pin() {
        requireProposed("pinned");
        pinned = true;
    }

    public void unpin() {
        requireProposed("unpinned");
        pinned = false;
    }

    /** Moves this proposed placement to another assignment offered in the same round; a pin does not move along. */
    public void moveTo(Assignment other) {
        requireProposed("moved");
        if (!other.isOfferedIn(round)) {
            throw new IllegalArgumentException("the assignment is not offered in round " + round.getName());
        }
        assignment = other;
    }

    public void publish() {
        requireProposed("published");
        status = PlacementStatus.PUBLISHED;
    }

    private void requireProposed(String action) {
        if (status != PlacementStatus.PROPOSED) {
            throw new IllegalStateException("A published placement cannot be " + action + " again");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public Round getRound() {
        return round;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public boolean isPinned() {
        return pinned;
    }
}
