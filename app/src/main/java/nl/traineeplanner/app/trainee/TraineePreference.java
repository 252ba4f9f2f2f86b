package nl.traineeplanner.app.trainee;

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
import nl.traineeplanner.app.round.Round;

/** A "voorkeur": a trainee ranks an assignment for a round, 1 being the most wanted, with a short motivation. */
@Entity
public class TraineePreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id")
    private Trainee trainee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "rank_position")
    private int rank;

    @Column(length = 2000)
    private String motivation;

    protected TraineePreference() {}

    public TraineePreference(Trainee trainee, Round round, Assignment assignment, int rank, String motivation) {
        this.trainee = Objects.requireNonNull(trainee, "trainee");
        this.round = Objects.requireNonNull(round, "round");
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        if (!assignment.isOfferedIn(round)) {
            throw new IllegalArgumentException("the assignment is not offered in round " + round.getName());
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        this.rank = rank;
        this.motivation = motivation;
    }

    /** Removes the trainee's own words, when a former trainee is anonymised; the choice and its rank stay. */
    public void forgetMotivation() {
        this.motivation = null;
    }

    public Long getId() {
        return id;
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

    public int getRank() {
        return rank;
    }

    public String getMotivation() {
        return motivation;
    }
}
