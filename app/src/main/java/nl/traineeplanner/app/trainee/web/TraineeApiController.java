package nl.traineeplanner.app.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Trainees over JSON (role COORDINATOR, any trainee; security keeps hosts and trainees out). Reading one trainee is a
 * read of their personal data, written to the audit trail for them.
 */
@RestController
@JsonApi
@RequestMapping("/api/trainees")
@Tag(name = "Trainees", description = "Trainees of the cohort with their preferences (coordinator only)")
class TraineeApiController {

    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;
    private final AuditTrail audit;

    TraineeApiController(TraineeRepository trainees, TraineePreferenceRepository preferences, AuditTrail audit) {
        this.trainees = trainees;
        this.preferences = preferences;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "All trainees, by name")
    @Transactional(readOnly = true)
    List<TraineeSummary> list() {
        return trainees.findAllByOrderByName().stream().map(TraineeSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One trainee with the preferences given so far")
    @Transactional
    TraineeDetails detail(Authentication user, @PathVariable long id) {
        Trainee trainee = trainees.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.recordRead(user.getName(), trainee.getId(), AuditText.of("audit.read.api"));
        List<Preference> ranked = preferences.findByTraineeOrderByRoundStartDateAscRankAsc(trainee).stream()
                .map(p -> new Preference(
                        p.getRound().getId(), p.getRank(), p.getAssignment().getId(), p.getMotivation()))
                .toList();
        return new TraineeDetails(
                trainee.getId(),
                trainee.getName(),
                trainee.getEmail(),
                trainee.getPhone(),
                trainee.getEducation(),
                trainee.getInterests().stream().map(PolicyDomain::getCode).toList(),
                trainee.getHomeMunicipality() == null
                        ? null
                        : trainee.getHomeMunicipality().getCode(),
                trainee.getHome() == null
                        ? null
                        : new Home(
                                trainee.getHome().latitude(), trainee.getHome().longitude()),
                trainee.getMaxTravelKm().orElse(null),
                trainee.getExcludedOrganisations().stream()
                        .map(Organisation::getCode)
                        .toList(),
                ranked);
    }

    record TraineeSummary(long id, String name, String email, String homeMunicipality, String education) {

        static TraineeSummary of(Trainee t) {
            return new TraineeSummary(
                    t.getId(),
                    t.getName(),
                    t.getEmail(),
                    t.getHomeMunicipality() == null
                            ? null
                            : t.getHomeMunicipality().getCode(),
                    t.getEducation());
        }
    }

    record TraineeDetails(
            long id,
            String name,
            String email,
            String phone,
            String education,
            List<String> interests,
            String homeMunicipality,
            Home home,
            Integer maxTravelKm,
            List<String> excludedOrganisations,
            List<Preference> preferences) {}

    record Home(double lat, double lon) {}

    record Preference(long round, int rank, long assignment, String motivation) {}
}
