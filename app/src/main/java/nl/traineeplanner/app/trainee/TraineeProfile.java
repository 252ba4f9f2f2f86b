package nl.traineeplanner.app.trainee;

import java.util.Objects;
import java.util.Set;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;

/** What a trainee tells about themselves. */
public record TraineeProfile(
        String name,
        String email,
        String phone,
        String education,
        Set<PolicyDomain> interests,
        Municipality homeMunicipality,
        GeoPoint home,
        Integer maxTravelKm) {

    public TraineeProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(homeMunicipality, "homeMunicipality");
        Objects.requireNonNull(home, "home");
        interests = Set.copyOf(interests);
        if (maxTravelKm != null && maxTravelKm < 0) {
            throw new IllegalArgumentException("max travel km must not be negative");
        }
    }
}
