package nl.traineeplanner.app.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A "lichting": the trainees who start together, and the rounds they go through. */
@Entity
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @OneToMany(mappedBy = "cohort")
    @OrderBy("sequenceNumber")
    private List<Round> rounds = new ArrayList<>();

    protected Cohort() {}

    public Cohort(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Round> getRounds() {
        return Collections.unmodifiableList(rounds);
    }
}
