package nl.traineeplanner.app.trainee.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.trainee.Trainee;

/**
 * What a trainee keeps up about themselves, and only what planning needs: education, interests, home municipality
 * (never an address), an optional travel limit and the organisations they must not be placed with. Name and e-mail
 * address are the coordinator's.
 */
public class ProfileForm {

    @NotBlank(message = "{profile.education.required}")
    @Size(max = 300, message = "{profile.education.size}")
    private String education;

    @Size(max = 40, message = "{profile.phone.size}")
    private String phone;

    @Size(max = 50, message = "{bounds.list}")
    private Set<@Size(max = 100, message = "{bounds.text}") String> interests = new LinkedHashSet<>();

    @NotBlank(message = "{profile.home.required}")
    @Size(max = 200, message = "{bounds.text}")
    private String homeMunicipality;

    @Min(value = 1, message = "{profile.maxTravel.range}")
    @Max(value = 300, message = "{profile.maxTravel.range}")
    private Integer maxTravelKm;

    @Size(max = 500, message = "{bounds.list}")
    private Set<@Positive(message = "{bounds.reference}") Long> excludedOrganisations = new LinkedHashSet<>();

    /** The version the trainee started from; another stored version means the profile was saved elsewhere since. */
    @NotNull
    @PositiveOrZero(message = "{bounds.reference}")
    private Long version;

    static ProfileForm of(Trainee trainee) {
        ProfileForm form = new ProfileForm();
        form.education = trainee.getEducation();
        form.phone = trainee.getPhone();
        trainee.getInterests().stream().map(PolicyDomain::getCode).forEach(form.interests::add);
        form.homeMunicipality = trainee.getHomeMunicipality().getCode();
        form.maxTravelKm = trainee.getMaxTravelKm().orElse(null);
        trainee.getExcludedOrganisations().stream().map(Organisation::getId).forEach(form.excludedOrganisations::add);
        form.version = trainee.getVersion();
        return form;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Set<String> getInterests() {
        return interests;
    }

    public void setInterests(Set<String> interests) {
        this.interests = interests == null ? new LinkedHashSet<>() : interests;
    }

    public String getHomeMunicipality() {
        return homeMunicipality;
    }

    public void setHomeMunicipality(String homeMunicipality) {
        this.homeMunicipality = homeMunicipality;
    }

    public Integer getMaxTravelKm() {
        return maxTravelKm;
    }

    public void setMaxTravelKm(Integer maxTravelKm) {
        this.maxTravelKm = maxTravelKm;
    }

    public Set<Long> getExcludedOrganisations() {
        return excludedOrganisations;
    }

    public void setExcludedOrganisations(Set<Long> excludedOrganisations) {
        this.excludedOrganisations = excludedOrganisations == null ? new LinkedHashSet<>() : excludedOrganisations;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
