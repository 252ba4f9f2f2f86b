package nl.traineeplanner.app.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.trainee.Trainee;

/** A host's ranking of an interested trainee for one of its assignments, 1 being the best fit. */
@Entity
public class HostRanking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id")
    private Trainee trainee;

    @Column(name = "rank_position")
    private int rank;

    protected HostRanking() {}

    public HostRanking(Assignment assignment, Trainee trainee, int rank) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.trainee = Objects.requireNonNull(trainee, "trainee");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        this.rank = rank;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public int getRank() {
        return rank;
    }
}
