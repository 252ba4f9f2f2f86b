package nl.traineeplanner.app.assignment;

import java.util.Objects;
import java.util.Set;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.round.Round;

/** What a host writes about an assignment; everything but who offers it and where it is in review. */
public record AssignmentContent(
        String title,
        Programme programme,
        PolicyDomain domain,
        String themes,
        String context,
        String tasks,
        String expectedResult,
        Municipality municipality,
        GeoPoint location,
        Set<Round> rounds,
        int capacity,
        Supervisor supervisor,
        int unfilledPenalty) {

    public AssignmentContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(supervisor, "supervisor");
        rounds = Set.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("an assignment is offered in at least one round");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (unfilledPenalty < 0) {
            throw new IllegalArgumentException("unfilled penalty must not be negative");
        }
    }

    /** The same content with the coordinator's penalty for an empty place, which a host does not set. */
    public AssignmentContent withUnfilledPenalty(int penalty) {
        return new AssignmentContent(
                title,
                programme,
                domain,
                themes,
                context,
                tasks,
                expectedResult,
                municipality,
                location,
                rounds,
                capacity,
                supervisor,
                penalty);
    }

    /** The "begeleider": the host's contact who guides the trainee. */
    public record Supervisor(String name, String email) {

        public Supervisor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }
}
