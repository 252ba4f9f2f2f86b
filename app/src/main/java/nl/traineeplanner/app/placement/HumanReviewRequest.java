package nl.traineeplanner.app.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;

/**
 * A trainee asks that a person, not the planner, looks at their published placement again (AVG article 22: a
 * decision is never left to an algorithm alone), with the reason. One request per placement.
 */
@Entity
public class HumanReviewRequest {

    public static final int REASON_MAX = 2000;

    /** What stands in the place of the reason once the trainee is anonymised. */
    public static final String REASON_REMOVED = "—";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(nullable = false)
    private Instant requestedAt;

    protected HumanReviewRequest() {}

    public HumanReviewRequest(Placement placement, String reason, Instant requestedAt) {
        this.placement = Objects.requireNonNull(placement, "placement");
        if (placement.getStatus() != PlacementStatus.PUBLISHED) {
            throw new IllegalArgumentException("only a published placement can be reviewed by a person");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters is required");
        }
        this.reason = reason.strip();
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Removes the trainee's own words, when a former trainee is anonymised; that the request was made stays. */
    public void forgetReason() {
        this.reason = REASON_REMOVED;
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
