package nl.traineeplanner.app.trainee.web;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Applies a trainee's own profile form, for the page and the API alike. Unknown references and a profile saved
 * elsewhere since it was read become errors, and then nothing is changed. The home is the municipality's centre: the
 * planner keeps no address.
 */
@Component
class ProfileForms {

    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final OrganisationRepository organisations;

    ProfileForms(
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            OrganisationRepository organisations) {
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.organisations = organisations;
    }

    /** Changes the trainee's profile as the form says; false, with the reasons in {@code errors}, when it cannot. */
    boolean apply(Trainee trainee, ProfileForm form, Errors errors) {
        if (form.getVersion() != null && !Objects.equals(form.getVersion(), trainee.getVersion())) {
            errors.reject("error.stale");
        }
        if (errors.hasErrors()) {
            return false;
        }
        Optional<Municipality> home = municipalities.findById(form.getHomeMunicipality());
        if (home.isEmpty()) {
            errors.rejectValue("homeMunicipality", "profile.home.unknown");
        }
        Set<PolicyDomain> interests = new HashSet<>();
        for (String code : form.getInterests()) {
            referenceData
                    .domain(code)
                    .ifPresentOrElse(
                            interests::add, () -> errors.rejectValue("interests", "profile.interests.unknown"));
        }
        List<Organisation> excluded = organisations.findAllById(form.getExcludedOrganisations());
        if (excluded.size() != form.getExcludedOrganisations().size()) {
            errors.rejectValue("excludedOrganisations", "profile.excluded.unknown");
        }
        if (errors.hasErrors()) {
            return false;
        }
        String phone = form.getPhone() == null || form.getPhone().isBlank()
                ? null
                : form.getPhone().strip();
        trainee.updateProfile(new TraineeProfile(
                trainee.getName(),
                trainee.getEmail(),
                phone,
                form.getEducation().strip(),
                interests,
                home.get(),
                home.get().centre(),
                form.getMaxTravelKm()));
        trainee.excludeOnly(excluded);
        return true;
    }
}
