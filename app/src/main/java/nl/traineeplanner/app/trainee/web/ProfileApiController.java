package nl.traineeplanner.app.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A trainee's own profile over JSON (role TRAINEE; only their own). A save names the version it read. */
@RestController
@JsonApi
@Tag(name = "Preferences and rankings", description = "A trainee's own data (trainee) and a host's rankings (host)")
class ProfileApiController {

    private final TraineeRepository trainees;
    private final ProfileForms forms;

    ProfileApiController(TraineeRepository trainees, ProfileForms forms) {
        this.trainees = trainees;
        this.forms = forms;
    }

    /** The profile as planning uses it: codes for the municipality and interests, ids for organisations. */
    record ProfileJson(
            String name,
            String email,
            String education,
            String phone,
            String homeMunicipality,
            Integer maxTravelKm,
            List<String> interests,
            List<Long> excludedOrganisations,
            long version) {

        static ProfileJson of(Trainee t) {
            return new ProfileJson(
                    t.getName(),
                    t.getEmail(),
                    t.getEducation(),
                    t.getPhone(),
                    t.getHomeMunicipality().getCode(),
                    t.getMaxTravelKm().orElse(null),
                    t.getInterests().stream().map(PolicyDomain::getCode).toList(),
                    t.getExcludedOrganisations().stream()
                            .map(Organisation::getId)
                            .toList(),
                    t.getVersion());
        }
    }

    @GetMapping("/api/my/profile")
    @Operation(summary = "My profile")
    @Transactional(readOnly = true)
    ProfileJson mine(@AuthenticationPrincipal SignedInUser user) {
        return ProfileJson.of(own(user));
    }

    @PutMapping("/api/my/profile")
    @Operation(
            summary = "Change my profile; send the version you read",
            description = "Name and e-mail address are the coordinator's and are not changed here. 409 when the"
                    + " profile changed since the version; 400 with every wrong field.")
    @Transactional
    ProfileJson change(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ProfileForm form, BindingResult errors)
            throws BindException {
        Trainee trainee = own(user);
        if (form.getVersion() != null && !Objects.equals(form.getVersion(), trainee.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Trainee.class, trainee.getId());
        }
        if (!forms.apply(trainee, form, errors)) {
            throw new BindException(errors);
        }
        trainees.flush();
        return ProfileJson.of(trainee);
    }

    private Trainee own(SignedInUser user) {
        if (user == null || user.traineeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return trainees.findById(user.traineeId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
